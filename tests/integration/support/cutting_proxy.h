#pragma once
// A TCP proxy on loopback that stands for a bad mobile link between a device and the server: it can slow
// the upload to a given rate, delay each direction (half the round trip each way) and drop the connection
// at given byte counts of the upload or every so often. It counts what it carried up, so tests and
// benchmarks see what a cut cost. Threads of its own; stopped and joined by its destructor.
#include <QString>
#include <netinet/in.h>
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sohoi::testing {

/// 127.0.0.1:port, as the socket calls take it.
sockaddr_in loopbackAddress(int port);
/// A socket listening on 127.0.0.1 at a free port, which goes to *port. Throws when it cannot listen.
int listenOnLoopback(int* port);

class CuttingProxy {
 public:
  struct Options {
    /// Upload byte counts (over all connections, in order) at which the connection is dropped.
    std::vector<qint64> cutsAtUpBytes;
    /// The connection is dropped this long after it opened (0: never).
    std::chrono::milliseconds cutEvery{0};
    /// Bytes per second from the device to the server (0: as fast as loopback).
    qint64 upBytesPerSecond = 0;
    /// Added to each direction: half the round trip.
    std::chrono::milliseconds oneWayDelay{0};
  };

  /// Listens on 127.0.0.1 (a free port) and forwards each connection to upstream ("127.0.0.1:PORT").
  CuttingProxy(const QString& upstream, Options options);
  ~CuttingProxy();
  CuttingProxy(const CuttingProxy&) = delete;
  CuttingProxy& operator=(const CuttingProxy&) = delete;

  QString address() const;
  /// Bytes delivered to the server so far.
  qint64 upBytes() const { return upBytes_; }
  /// Connections dropped by the proxy so far.
  int cuts() const { return cuts_; }

 private:
  struct Connection;
  void acceptLoop();
  void pump(Connection* connection, bool up);

  int listener_ = -1;
  int port_ = 0;
  int upstreamPort_ = 0;
  Options options_;
  std::atomic<bool> stopping_{false};
  std::atomic<qint64> upBytes_{0};
  std::atomic<int> cuts_{0};
  std::mutex mutex_;
  size_t nextCut_ = 0;  // GUARDED_BY(mutex_): index into options_.cutsAtUpBytes
  std::vector<std::unique_ptr<Connection>> connections_;  // GUARDED_BY(mutex_)
  std::thread acceptor_;
};

}  // namespace sohoi::testing
