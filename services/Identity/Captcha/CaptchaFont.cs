namespace AccountingPlatform.Identity.Captcha;

/// <summary>A 5×7 dot font for exactly <see cref="CaptchaText.Alphabet"/>; '#' is ink.</summary>
public static class CaptchaFont
{
    public const int Columns = 5;
    public const int Rows = 7;

    private static readonly Dictionary<char, bool[,]> Glyphs = new()
    {
        ['2'] = Parse(".###.", "#...#", "....#", "..##.", ".#...", "#....", "#####"),
        ['3'] = Parse("#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."),
        ['4'] = Parse("...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."),
        ['5'] = Parse("#####", "#....", "####.", "....#", "....#", "#...#", ".###."),
        ['6'] = Parse("..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."),
        ['7'] = Parse("#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."),
        ['8'] = Parse(".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
        ['9'] = Parse(".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."),
        ['A'] = Parse(".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
        ['B'] = Parse("####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
        ['C'] = Parse(".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
        ['D'] = Parse("###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###.."),
        ['E'] = Parse("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
        ['F'] = Parse("#####", "#....", "#....", "####.", "#....", "#....", "#...."),
        ['G'] = Parse(".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"),
        ['H'] = Parse("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
        ['J'] = Parse("..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."),
        ['K'] = Parse("#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
        ['M'] = Parse("#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
        ['N'] = Parse("#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"),
        ['P'] = Parse("####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
        ['Q'] = Parse(".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"),
        ['R'] = Parse("####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
        ['S'] = Parse(".####", "#....", "#....", ".###.", "....#", "....#", "####."),
        ['T'] = Parse("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
        ['U'] = Parse("#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
        ['V'] = Parse("#...#", "#...#", "#...#", ".#.#.", ".#.#.", "..#..", "..#.."),
        ['W'] = Parse("#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."),
        ['X'] = Parse("#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"),
        ['Y'] = Parse("#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."),
        ['Z'] = Parse("#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"),
    };

    public static IReadOnlyCollection<char> Characters => Glyphs.Keys;

    /// <summary>The glyph as [row, column] ink flags (a copy); throws for a character the font does not draw.</summary>
    public static bool[,] Glyph(char c) =>
        Glyphs.TryGetValue(c, out var glyph)
            ? (bool[,])glyph.Clone()
            : throw new ArgumentOutOfRangeException(nameof(c), c, "The captcha font has no glyph for this character.");

    private static bool[,] Parse(params string[] rows)
    {
        if (rows.Length != Rows || rows.Any(r => r.Length != Columns)) throw new InvalidOperationException("A glyph is 5 columns by 7 rows.");
        var glyph = new bool[Rows, Columns];
        for (var row = 0; row < Rows; row++)
            for (var column = 0; column < Columns; column++)
                glyph[row, column] = rows[row][column] == '#';
        return glyph;
    }
}
