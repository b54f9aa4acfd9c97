// The cutting proxy itself: a test that cuts a link must not die of the cut. When the proxy drops a
// connection while bytes are still on their way down to the device, the write that was under way fails;
// a plain write() to a socket shut down raises SIGPIPE, which ends the whole test process.
#include "support/cutting_proxy.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

using namespace sohoi::testing;

namespace {

// A server that answers its one connection with an endless stream, as a large download does, until the
// connection fails. It counts what it sent, so a test can tell when every buffer on the way is full.
class StreamingServer {
 public:
  StreamingServer() : listener_(listenOnLoopback(&port_)), thread_([this] { serveOne(); }) {}
  ~StreamingServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    thread_.join();
    ::close(listener_);
  }
  QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }
  long long sent() const { return sent_; }

 private:
  void serveOne() {
    pollfd waiting{listener_, POLLIN, 0};
    while (!stopping_ && ::poll(&waiting, 1, 50) <= 0) {
    }
    if (stopping_) return;
    const int connection = ::accept(listener_, nullptr, nullptr);
    const std::vector<char> chunk(16 * 1024, 'x');
    while (!stopping_) {
      pollfd writable{connection, POLLOUT, 0};
      if (::poll(&writable, 1, 50) <= 0) continue;
      const ssize_t put = ::send(connection, chunk.data(), chunk.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
      if (put < 0 && errno != EAGAIN) break;
      if (put > 0) sent_ += put;
    }
    ::close(connection);
  }

  int port_ = 0;
  int listener_ = -1;
  std::atomic<bool> stopping_{false};
  std::atomic<long long> sent_{0};
  std::thread thread_;  // last: it starts serving once the members above are set
};

// Waits until the stream has stopped moving: every buffer between the server and the idle device is
// full, so the proxy is blocked writing down to the device. Bounded: at most five seconds.
void waitUntilStalled(const StreamingServer& server) {
  long long before = -1;
  for (int i = 0; i < 100 && server.sent() != before; ++i) {
    before = server.sent();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

TEST_CASE("the cutting proxy drops a link while a download is on its way and lives on") {
  StreamingServer server;
  CuttingProxy proxy(server.address(), {{1000}, {}, 0, {}});

  const int device = ::socket(AF_INET, SOCK_STREAM, 0);
  const timeval patience{5, 0};  // a link that never ends fails the test instead of hanging it
  ::setsockopt(device, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
  sockaddr_in address = loopbackAddress(proxy.address().section(QLatin1Char(':'), -1).toInt());
  REQUIRE(::connect(device, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  waitUntilStalled(server);
  REQUIRE(server.sent() > 0);

  // The device sends past the cut while reading nothing: the proxy cuts the link with its write down to
  // the device blocked on full buffers.
  const std::vector<char> upload(4000, 'u');
  CHECK(::send(device, upload.data(), upload.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(upload.size()));

  // The device sees its link end (after what was already buffered for it), and the proxy counted one cut.
  std::vector<char> drain(64 * 1024);
  ssize_t got = 1;
  for (int i = 0; i < 10'000 && got > 0; ++i) got = ::recv(device, drain.data(), drain.size(), 0);
  CHECK(got <= 0);
  CHECK(proxy.cuts() == 1);
  CHECK(proxy.upBytes() == 1000);
  ::close(device);
}
