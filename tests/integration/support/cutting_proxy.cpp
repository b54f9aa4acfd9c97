#include "cutting_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <deque>
#include <stdexcept>

namespace sohoi::testing {

namespace {

using Clock = std::chrono::steady_clock;

int loopbackSocket() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  const int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

// Small reads when the link is slow, so the rate and the cut points are kept to within a few hundred bytes.
constexpr size_t kSlowReadBytes = 256;
constexpr size_t kFastReadBytes = 16 * 1024;
// What the link holds before its bottleneck: the sender is held back beyond it, as by a modem's buffer.
constexpr size_t kMaxQueuedBytes = 64 * 1024;

}  // namespace

sockaddr_in loopbackAddress(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

int listenOnLoopback(int* port) {
  // Accepted sockets inherit the listener's TCP_NODELAY: the proxy forwards small writes as they come.
  const int listener = loopbackSocket();
  sockaddr_in address = loopbackAddress(0);
  if (::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
      ::listen(listener, 16) != 0) {
    ::close(listener);
    throw std::runtime_error("cannot listen on loopback");
  }
  socklen_t length = sizeof address;
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
  *port = ntohs(address.sin_port);
  return listener;
}

struct CuttingProxy::Connection {
  int client = -1;
  int server = -1;
  Clock::time_point opened = Clock::now();
  std::atomic<bool> closed{false};
  std::thread up, down;

  void close() {
    if (closed.exchange(true)) return;
    ::shutdown(client, SHUT_RDWR);
    ::shutdown(server, SHUT_RDWR);
  }
  ~Connection() {
    close();
    if (up.joinable()) up.join();
    if (down.joinable()) down.join();
    ::close(client);
    ::close(server);
  }
};

CuttingProxy::CuttingProxy(const QString& upstream, Options options) : options_(std::move(options)) {
  upstreamPort_ = upstream.section(QLatin1Char(':'), -1).toInt();
  listener_ = loopbackSocket();
  sockaddr_in address = loopbackAddress(0);
  if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listener_, 16) != 0)
    throw std::runtime_error("proxy: cannot listen on loopback");
  socklen_t length = sizeof address;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
  port_ = ntohs(address.sin_port);
  acceptor_ = std::thread([this] { acceptLoop(); });
}

CuttingProxy::~CuttingProxy() {
  stopping_ = true;
  ::shutdown(listener_, SHUT_RDWR);
  acceptor_.join();
  ::close(listener_);
  std::lock_guard lock(mutex_);
  connections_.clear();
}

QString CuttingProxy::address() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }

void CuttingProxy::acceptLoop() {
  while (!stopping_) {
    pollfd waiting{listener_, POLLIN, 0};
    if (::poll(&waiting, 1, 100) <= 0) continue;
    const int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    auto connection = std::make_unique<Connection>();
    connection->client = client;
    connection->server = loopbackSocket();
    sockaddr_in address = loopbackAddress(upstreamPort_);
    if (::connect(connection->server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      connection->close();
      continue;
    }
    Connection* raw = connection.get();
    raw->up = std::thread([this, raw] { pump(raw, true); });
    raw->down = std::thread([this, raw] { pump(raw, false); });
    std::lock_guard lock(mutex_);
    connections_.push_back(std::move(connection));
  }
}

void CuttingProxy::pump(Connection* connection, bool up) {
  const int from = up ? connection->client : connection->server;
  const int to = up ? connection->server : connection->client;
  const bool slow = up && options_.upBytesPerSecond > 0;
  std::vector<char> buffer(slow ? kSlowReadBytes : kFastReadBytes);
  // Bytes read wait here for their delay; they are written in order once due.
  std::deque<std::pair<Clock::time_point, std::vector<char>>> queue;
  Clock::time_point nextSendAllowed = Clock::now();
  while (!connection->closed && !stopping_) {
    const auto now = Clock::now();
    if (options_.cutEvery.count() > 0 && now - connection->opened >= options_.cutEvery) {
      ++cuts_;
      connection->close();
      break;
    }
    size_t queued = 0;
    for (const auto& entry : queue) queued += entry.second.size();
    pollfd readable{from, static_cast<short>(queued < kMaxQueuedBytes ? POLLIN : 0), 0};
    const int timeout = queue.empty() ? 20 : 1;
    if (::poll(&readable, 1, timeout) > 0 && (readable.revents & (POLLIN | POLLHUP | POLLERR))) {
      const ssize_t got = ::read(from, buffer.data(), buffer.size());
      if (got <= 0) {
        connection->close();
        break;
      }
      queue.emplace_back(now + options_.oneWayDelay, std::vector<char>(buffer.begin(), buffer.begin() + got));
    }
    while (!queue.empty() && queue.front().first <= Clock::now() && Clock::now() >= nextSendAllowed) {
      std::vector<char> bytes = std::move(queue.front().second);
      queue.pop_front();
      bool cutHere = false;
      if (up) {
        std::lock_guard lock(mutex_);
        if (nextCut_ < options_.cutsAtUpBytes.size()) {
          const qint64 room = options_.cutsAtUpBytes[nextCut_] - upBytes_;
          if (room <= static_cast<qint64>(bytes.size())) {
            bytes.resize(static_cast<size_t>(std::max<qint64>(room, 0)));
            ++nextCut_;
            cutHere = true;
          }
        }
      }
      size_t written = 0;
      while (written < bytes.size()) {
        // Not write(): the other pump may have cut the link, and a write to a socket shut down would raise
        // SIGPIPE and end the whole test process instead of failing here.
        const ssize_t put = ::send(to, bytes.data() + written, bytes.size() - written, MSG_NOSIGNAL);
        if (put <= 0) break;
        written += static_cast<size_t>(put);
      }
      if (up) upBytes_ += static_cast<qint64>(written);
      if (slow)
        nextSendAllowed = Clock::now() + std::chrono::microseconds(static_cast<qint64>(written) * 1'000'000 /
                                                                   options_.upBytesPerSecond);
      if (cutHere || written < bytes.size()) {
        if (cutHere) ++cuts_;
        connection->close();
        return;
      }
    }
  }
}

}  // namespace sohoi::testing
