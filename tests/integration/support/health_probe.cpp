#include "health_probe.h"

#include "support/grpc_health.grpc.pb.h"

#include <QDeadlineTimer>
#include <QThread>
#include <chrono>
#include <grpcpp/grpcpp.h>

namespace sohoi::testing {

QString healthStatus(const QString& address) {
  auto channel = grpc::CreateChannel(address.toStdString(), grpc::InsecureChannelCredentials());
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = stub->Check(&context, grpc::health::v1::HealthCheckRequest(), &response);
  if (!status.ok())
    return QStringLiteral("call failed: %1 %2")
        .arg(status.error_code())
        .arg(QString::fromStdString(status.error_message()));
  return QString::fromStdString(grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status()));
}

QString waitForHealth(const QString& address, const QString& expected, int timeoutMs) {
  QDeadlineTimer guard(timeoutMs);
  QString answer = healthStatus(address);
  while (answer != expected && !guard.hasExpired()) {
    QThread::msleep(100);
    answer = healthStatus(address);
  }
  return answer;
}

}  // namespace sohoi::testing
