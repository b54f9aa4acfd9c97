#include "push_batch_file.h"

#include <QFile>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace sohoi::server::bench {

std::optional<std::vector<std::string>> readPushBatches(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("Không đọc được tệp %1 / Cannot read file %1").arg(path);
    return std::nullopt;
  }
  const QByteArray bytes = file.readAll();
  google::protobuf::io::ArrayInputStream array(bytes.constData(), static_cast<int>(bytes.size()));
  google::protobuf::io::CodedInputStream input(&array);
  input.SetTotalBytesLimit(static_cast<int>(bytes.size()));
  std::vector<std::string> batches;
  quint32 size = 0;
  while (input.ReadVarint32(&size)) {
    std::string batch;
    if (!input.ReadString(&batch, static_cast<int>(size))) {
      *error = QStringLiteral("Tệp %1 bị cắt cụt / File %1 is truncated").arg(path);
      return std::nullopt;
    }
    batches.push_back(std::move(batch));
  }
  return batches;
}

}  // namespace sohoi::server::bench
