#include "photo_uploader.h"

#include <thread>

namespace sohoi::client {

PhotoUploader::PhotoUploader(LocalStore& store, const PhotoFolder& folder, PhotoClient& client, Options options)
    : store_(store), folder_(folder), client_(client), options_(options) {}

PhotoUploader::PhotoUploader(LocalStore& store, const PhotoFolder& folder, PhotoClient& client)
    : PhotoUploader(store, folder, client, Options{}) {}

PhotoUploadSummary PhotoUploader::sendWaiting(const std::atomic<bool>* stop) {
  PhotoUploadSummary summary;
  const std::vector<PhotoToSend> photos = store_.photosToSend();
  summary.waiting = static_cast<int>(photos.size());
  for (const PhotoToSend& photo : photos) {
    if (stop && *stop) break;
    // A photo listed but not on this device (its file removed by hand) cannot be sent; it stays listed.
    const QByteArray bytes = folder_.read(photo.hash);
    if (bytes.isEmpty()) continue;
    if (send(photo, bytes, &summary, stop)) {
      ++summary.sent;
      --summary.waiting;
    } else if (summary.lastError.transient) {
      break;  // the link did not heal in all those attempts: the next sync tries again
    }
  }
  return summary;
}

bool PhotoUploader::send(const PhotoToSend& photo, const QByteArray& bytes, PhotoUploadSummary* summary,
                         const std::atomic<bool>* stop) {
  bool counted = false;
  for (int attempt = 0; attempt < options_.attemptsPerPhoto && !(stop && *stop); ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(options_.pauseAfterCut);
    const RpcResult<PhotoOnServer> held = client_.offset(photo.recordId, photo.hash);
    if (!held.ok()) {
      summary->lastError = held.error;
      if (!held.error.transient) return false;
      continue;
    }
    if (!counted) {
      summary->bytesNeeded += held.value->complete ? 0 : bytes.size() - held.value->offset;
      counted = true;
    }
    PhotoOnServer now = *held.value;
    if (!now.complete) {
      const RpcResult<PhotoOnServer> sent =
          client_.upload(photo.recordId, photo.hash, bytes, now.offset, &summary->bytesSent);
      if (!sent.ok()) {
        summary->lastError = sent.error;
        if (!sent.error.transient) return false;
        continue;  // cut: ask the offset again and go on from there
      }
      now = *sent.value;
    }
    if (now.complete) return store_.markPhotoSent(photo.hash).isOk();
  }
  return false;
}

}  // namespace sohoi::client
