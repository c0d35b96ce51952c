// The broker-outage tests stop and start the shared RabbitMQ node; nothing may run beside them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
// The suite's log check runs after everything else (it reads what every other test caused to be logged).
[assembly: TestCollectionOrderer("AccountingPlatform.IntegrationTests.Conventions.LastCollectionOrderer", "AccountingPlatform.IntegrationTests")]
