// One browser and one platform for the run; the tests go one at a time (the busy test holds the gateway's one password slot).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
