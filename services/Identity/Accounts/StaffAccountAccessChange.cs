namespace AccountingPlatform.Identity.Accounts;

/// <summary>What disabling or enabling a staff account comes to (<see cref="StaffAccountAccess.Decide"/>).</summary>
public enum StaffAccountAccessChange
{
    /// <summary>No such account, or a candidate's (not a staff account): 404.</summary>
    NotFound,
    /// <summary>An administrator disabling their own account: 409.</summary>
    OwnAccount,
    /// <summary>Already as asked: answered with the account, nothing written.</summary>
    Unchanged,
    /// <summary>Disabled now: it can no longer log in and every session of it ends.</summary>
    Disable,
    /// <summary>Enabled again: it can log in.</summary>
    Enable,
}
