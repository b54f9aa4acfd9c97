#pragma once
// Sends the device's evidence photos after their records (LocalStore::photosToSend): each resumes from
// the bytes the server already holds, so a cut link costs only what was in flight, and a photo the server
// holds is only marked sent. Records never wait for this: it runs after a sync, on its own.
//
// Threading: the thread that owns the store; stop may be set from any thread.
#include "photo_client.h"
#include "photo_folder.h"
#include "store/local_store.h"

#include <atomic>
#include <chrono>

namespace sohoi::client {

struct PhotoUploadSummary {
  int sent = 0;            // photos the server now holds whole
  int waiting = 0;         // photos still to go (a cut that did not heal, the server away)
  qint64 bytesSent = 0;    // photo bytes put on the wire, resent ones included
  qint64 bytesNeeded = 0;  // photo bytes the server lacked when this run began
  RpcError lastError;      // why the last photo still waiting did not go
};

class PhotoUploader {
 public:
  struct Options {
    int attemptsPerPhoto = 8;  // a cut is retried at once from the new offset; the server away ends the run
    std::chrono::milliseconds pauseAfterCut{300};
  };

  PhotoUploader(LocalStore& store, const PhotoFolder& folder, PhotoClient& client, Options options);
  PhotoUploader(LocalStore& store, const PhotoFolder& folder, PhotoClient& client);

  PhotoUploadSummary sendWaiting(const std::atomic<bool>* stop = nullptr);

 private:
  /// True once the server holds the photo whole.
  bool send(const PhotoToSend& photo, const QByteArray& bytes, PhotoUploadSummary* summary,
            const std::atomic<bool>* stop);

  LocalStore& store_;
  const PhotoFolder& folder_;
  PhotoClient& client_;
  Options options_;
};

}  // namespace sohoi::client
