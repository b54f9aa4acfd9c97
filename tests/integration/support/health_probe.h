#pragma once
// Asks a server's grpc.health.v1.Health what a load balancer or grpc_health_probe would ask.
#include <QString>

namespace sohoi::testing {

/// The whole server's status (service ""): "SERVING", "NOT_SERVING", …, or the failed call's status code
/// and message.
QString healthStatus(const QString& address);
/// Asks every 100 ms until the answer is expected or timeoutMs (a failure guard) has passed; the last answer.
QString waitForHealth(const QString& address, const QString& expected, int timeoutMs);

}  // namespace sohoi::testing
