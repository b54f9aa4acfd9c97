#include "server_runner.h"

#include "admin_service.h"
#include "database_health.h"
#include "in_flight_calls.h"
#include "photo_service.h"
#include "report_service.h"
#include "sync_service.h"

#include "net/address.h"
#include "storage/database.h"

#include <QFile>
#include <chrono>
#include <grpc/grpc.h>
#include <grpcpp/ext/health_check_service_server_builder_option.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/resource_quota.h>
#include <thread>

namespace sohoi::server {

namespace {

constexpr int kMaxReceiveBytes = 4 * 1024 * 1024;
constexpr int kKeepalivePermitMs = 60 * 1000;  // DESIGN §5: keepalive no more often than once a minute
constexpr auto kShutdownGrace = std::chrono::seconds(5);  // for calls in flight; then they are cancelled

bool readFile(const QString& path, std::string* out) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  *out = file.readAll().toStdString();
  return true;
}

}  // namespace

ServerRunner::ServerRunner(Database& database) : database_(database) {}

ServerRunner::~ServerRunner() {
  shutdown();
  wait();
}

bool ServerRunner::start(const ServerOptions& options, QString* error) {
  int requestedPort = 0;
  if (!splitHostPort(options.listen, &host_, &requestedPort)) {
    if (error)
      *error = QStringLiteral("Địa chỉ lắng nghe không hợp lệ \"%1\" (cần HOST:PORT) / "
                              "Invalid listen address \"%1\" (expected HOST:PORT)")
                   .arg(options.listen);
    return false;
  }
  // Records of households and members never cross a network in clear text (DESIGN §5, Transport).
  if (!isLoopbackHost(host_) && options.tlsCertFile.isEmpty()) {
    if (error)
      *error = QStringLiteral("Không chạy ngoài loopback khi thiếu TLS: cần --tls-cert và --tls-key (xem README) / "
                              "Refusing to listen beyond loopback without TLS: give --tls-cert and --tls-key "
                              "(see the README)");
    return false;
  }

  std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
  if (!options.tlsCertFile.isEmpty() || !options.tlsKeyFile.isEmpty()) {
    grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
    if (!readFile(options.tlsKeyFile, &pair.private_key) || !readFile(options.tlsCertFile, &pair.cert_chain)) {
      if (error)
        *error = QStringLiteral("Không đọc được tệp chứng chỉ TLS / Cannot read the TLS certificate or key");
      return false;
    }
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back(pair);
    credentials = grpc::SslServerCredentials(ssl);
  }

  grpc::EnableDefaultHealthCheckService(true);
  treeChanges_ = std::make_unique<DueTreeChangeTimer>(database_, options.today, options.treeChangeInterval);
  WorkPool::Sizes pool =
      WorkPool::defaultsFor(static_cast<int>(std::thread::hardware_concurrency()), database_.backend());
  if (options.workers) pool = {*options.workers, *options.workers * WorkPool::kQueuePerWorker};
  if (options.queueCapacity) pool.queueCapacity = *options.queueCapacity;
  pool_ = std::make_unique<WorkPool>(pool);
  service_ = std::make_unique<SyncService>(database_, *pool_);
  progress_ = std::make_unique<ProgressService>(database_);
  progress_->prepareInBackground();
  service_->setHeadListener(progress_.get());
  report_ = std::make_unique<ReportService>(database_, service_->trees(), *progress_, *pool_);
  admin_ = std::make_unique<AdminService>(database_, *pool_);
  admin_->setSyncReports(&service_->syncReports());
  photoPool_ = std::make_unique<WorkPool>(options.photoPool, "sohoi-photo");
  photos_ = std::make_unique<PhotoService>(database_, service_->trees(), *photoPool_);
  uploadSweep_ = std::make_unique<AbandonedUploadSweep>(database_, options.uploadSweepInterval);
  inFlight_ = std::make_unique<InFlightCalls>();
  grpc::ServerBuilder builder;
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> interceptors;
  interceptors.push_back(inFlight_->interceptorFactory());
  builder.experimental().SetInterceptorCreators(std::move(interceptors));
  builder.AddListeningPort(options.listen.toStdString(), credentials, &port_);
  builder.RegisterService(service_.get());
  builder.RegisterService(report_.get());
  builder.RegisterService(admin_.get());
  builder.RegisterService(photos_.get());
  builder.SetMaxReceiveMessageSize(kMaxReceiveBytes);
  grpc::ResourceQuota quota("sohoi-server");
  builder.SetResourceQuota(quota.Resize(options.grpcMemoryBytes));
  builder.SetDefaultCompressionAlgorithm(GRPC_COMPRESS_GZIP);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, kKeepalivePermitMs);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  // gRPC probes a connection's bandwidth with a ping sent beside the first data it receives after a pause,
  // and a tablet makes a call or two a day on a connection of its own: nearly every call cost a ping and its
  // answer each way. Without the probe a fleet run's server made a tenth fewer system calls and 29% fewer
  // context switches. What the server receives is small (a day's records, a photo in 64 KiB chunks), and
  // the default receive window carries it without growing.
  builder.AddChannelArgument(GRPC_ARG_HTTP2_BDP_PROBE, 0);
  server_ = builder.BuildAndStart();
  if (!server_ || port_ == 0) {
    server_.reset();
    if (error)
      *error = QStringLiteral("Không lắng nghe được trên %1 / Cannot listen on %1").arg(options.listen);
    return false;
  }
  if (auto* health = server_->GetHealthCheckService())
    health_ = std::make_unique<DatabaseHealth>(database_.spec(), *health, options.healthInterval);
  return true;
}

QString ServerRunner::boundAddress() const { return host_ + QLatin1Char(':') + QString::number(port_); }

bool ServerRunner::drain() {
  if (!server_ || shutDown_) return true;
  // grpc::Server::Shutdown(deadline) waits for every call *and every connection* to end, and devices keep
  // theirs open between syncs, so it always ran to its deadline. Its first phase is done here through the
  // core API, which tells the two apart: stop accepting calls (GOAWAY), then wait only for the calls.
  if (!drained_) {
    drained_ = grpc_completion_queue_create_for_pluck(nullptr);
    grpc_server_shutdown_and_notify(server_->c_server(), drained_, this);
  }
  inFlight_->waitUntilIdle(std::chrono::system_clock::now() + kShutdownGrace);
  // No new calls come in: whatever pushes are queued are written now, before the process may exit.
  service_->stopWriting();
  coreStopped_ = coreStopped_ ||
                 grpc_completion_queue_pluck(drained_, this, gpr_time_0(GPR_CLOCK_REALTIME), nullptr).type ==
                     GRPC_OP_COMPLETE;
  return coreStopped_;
}

void ServerRunner::shutdown() {
  if (!server_ || shutDown_) return;
  shutDown_ = true;
  server_->Shutdown(std::chrono::system_clock::now() + kShutdownGrace);
  if (drained_) {  // its tag completes with the shutdown
    if (!coreStopped_) grpc_completion_queue_pluck(drained_, this, gpr_inf_future(GPR_CLOCK_REALTIME), nullptr);
    grpc_completion_queue_shutdown(drained_);
    grpc_completion_queue_destroy(drained_);
    drained_ = nullptr;
  }
}

void ServerRunner::wait() {
  if (server_) {
    server_->Wait();
    health_.reset();
    server_.reset();
  }
  // Every call has been answered: the workers have nothing left to run.
  if (pool_) pool_->stop();
  if (photoPool_) photoPool_->stop();
  if (service_) service_->stopWriting();  // after the last call, before the database closes
}

}  // namespace sohoi::server
