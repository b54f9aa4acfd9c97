#pragma once
// Ảnh minh chứng (evidence photos) on the device: files named by the SHA-256 of their bytes, in a folder
// beside the device's database (one file per photo however many records list it; a second copy of the
// same picture costs nothing). Files are written whole or not at all, and are never changed afterwards.
//
// Threading: any thread; a photo is written once under its own name, so readers never see half a file.
#include "common/status.h"

#include <QByteArray>
#include <QString>

namespace sohoi::client {

class PhotoFolder {
 public:
  explicit PhotoFolder(QString root) : root_(std::move(root)) {}

  QString root() const { return root_; }
  /// Where the photo named hash is kept (root/ab/abcdef…, by its first two hex digits).
  QString pathOf(const QString& hash) const;
  bool contains(const QString& hash) const;
  /// Keeps bytes under their SHA-256, which *hash receives; keeping a photo held already is a no-op.
  Status keep(const QByteArray& bytes, QString* hash) const;
  /// The photo's bytes when it is here and still matches its name; empty otherwise.
  QByteArray read(const QString& hash) const;

 private:
  QString root_;
};

/// The photo folder of the device whose database is at storePath: "photos" beside it.
QString photoFolderFor(const QString& storePath);

}  // namespace sohoi::client
