// One platform for the whole run; its tests one after another (two instances of everything on two cores is load enough).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
