#pragma once
// Sends the device's evidence photos after each sync that reached the server, on a thread of its own, so
// records never wait for them (client/photos/photo_uploader.h). Holds back while the leader wants Wi-Fi
// only and the device is on a mobile link (photo_network_policy.h).
//
// Threading: create, call and destroy on one thread; the work runs on a worker thread with its own store.
#include "photos/photo_uploader.h"

#include <QObject>
#include <atomic>
#include <thread>

namespace sohoi::app {

class PhotoSender : public QObject {
  Q_OBJECT

 public:
  explicit PhotoSender(QString storePath, QObject* parent = nullptr);
  ~PhotoSender() override;

  /// Sends what waits, unless a run is under way or the link is one the leader keeps photos off.
  void sendWaiting();
  /// The leader's choice (kept in the app's settings): photos only over Wi-Fi.
  static bool wifiOnly();
  static void setWifiOnly(bool wifiOnly);
  /// Whether photos may go over the link the device is on now.
  static bool linkAllowsPhotos();

 signals:
  /// A run ended: photos the server now holds, photos still waiting.
  void finished(int sent, int waiting);

 private:
  void join();

  QString storePath_;
  std::thread worker_;
  std::atomic<bool> running_{false};
  std::atomic<bool> stop_{false};
};

}  // namespace sohoi::app
