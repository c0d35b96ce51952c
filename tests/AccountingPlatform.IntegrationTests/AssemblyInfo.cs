// The broker-outage tests stop and start the shared RabbitMQ node; nothing may run beside them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
