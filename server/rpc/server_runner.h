#pragma once
// Builds and runs the gRPC server around SyncService, ReportService and AdminService: listen address, health
// checking (SERVING while the database answers: DatabaseHealth), message limits, gzip, keepalive policy and
// (off loopback) TLS. Calls arrive on gRPC's callback API and run on one WorkPool of fixed size, which answers
// SERVER_BUSY when full (work_pool.h). Tree changes that are due are applied
// before serving and then every minute (DueTreeChangeTimer). Progress is built from the database before
// serving (when a plan is loaded) and then follows every committed push.
#include "photos/abandoned_upload_sweep.h"
#include "tree/due_tree_change_timer.h"
#include "work_pool.h"

#include <QString>
#include <chrono>
#include <memory>
#include <optional>

struct grpc_completion_queue;

namespace grpc {
class Server;
}

namespace sohoi::server {

class AdminService;
class Database;
class DatabaseHealth;
class InFlightCalls;
class PhotoService;
class ProgressService;
class ReportService;
class SyncService;

struct ServerOptions {
  QString listen = QStringLiteral("127.0.0.1:50551");  // HOST:PORT; port 0 picks a free one
  QString tlsCertFile;  // PEM; with tlsKeyFile, serve TLS instead of plaintext
  QString tlsKeyFile;
  DueTreeChangeTimer::Clock today = [] { return QDate::currentDate(); };  // when scheduled changes come due
  std::chrono::milliseconds treeChangeInterval = std::chrono::minutes(1);
  // How often the health service's answer is checked against the database (DatabaseHealth): a load
  // balancer asks every few seconds, so a change shows by its next question or the one after.
  std::chrono::milliseconds healthInterval = std::chrono::seconds(2);
  // The call workers and their queue; unset: WorkPool::defaultsFor this machine's cores and the database.
  std::optional<int> workers;
  std::optional<int> queueCapacity;  // unset: WorkPool::kQueuePerWorker a worker
  // Photo uploads and downloads: a slow link holds a worker for the whole photo, so they get a lane of their
  // own; devices told "busy" send the photo after a later sync, from the bytes the server already holds.
  WorkPool::Sizes photoPool{2, 32};
  std::chrono::milliseconds uploadSweepInterval = std::chrono::hours(1);  // AbandonedUploadSweep
  // gRPC's own memory (connections, calls' buffers) as a ResourceQuota: without it every device connecting
  // at once grows the transport's buffers without bound. Under pressure gRPC shrinks its windows and stops
  // taking new connections, and past the quota cancels calls, which devices resend safely.
  size_t grpcMemoryBytes = size_t{64} << 20;
};

class ServerRunner {
 public:
  explicit ServerRunner(Database& database);
  ~ServerRunner();

  /// Binds and starts serving; false and *error (bilingual) when the address or TLS files are unusable.
  bool start(const ServerOptions& options, QString* error);
  /// "HOST:PORT" with the port actually bound. REQUIRES: start() succeeded.
  QString boundAddress() const;
  int port() const { return port_; }
  /// Stops accepting calls, waits (up to a few seconds) for those in flight to finish and send their
  /// answers, and has the push writer write what is still queued. False while devices still hold idle connections open: finishing the shutdown would wait for
  /// them until its deadline, so a process that is ending may exit instead (they see the connection close
  /// and reconnect, as after any restart; cutting them from here makes their next call fail with INTERNAL).
  bool drain();
  /// Stops the server completely, drained or not: calls still running at the deadline are cancelled and
  /// idle connections cut. Later calls do nothing. REQUIRES: not called from two threads at once.
  void shutdown();
  /// Blocks until the server has shut down.
  void wait();

 private:
  Database& database_;
  std::unique_ptr<WorkPool> pool_;  // declared before the services and server_: outlives them
  std::unique_ptr<WorkPool> photoPool_;  // photos' own lane (PhotoService), likewise
  std::unique_ptr<DueTreeChangeTimer> treeChanges_;
  std::unique_ptr<AbandonedUploadSweep> uploadSweep_;
  std::unique_ptr<SyncService> service_;
  std::unique_ptr<ProgressService> progress_;
  std::unique_ptr<ReportService> report_;
  std::unique_ptr<AdminService> admin_;
  std::unique_ptr<PhotoService> photos_;
  std::unique_ptr<InFlightCalls> inFlight_;  // declared before server_: outlives it
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<DatabaseHealth> health_;  // after server_: goes first, since it sets server_'s health status
  QString host_;
  int port_ = 0;
  bool shutDown_ = false;
  grpc_completion_queue* drained_ = nullptr;  // notified when the core has shut down, after drain()
  bool coreStopped_ = false;
};

}  // namespace sohoi::server
