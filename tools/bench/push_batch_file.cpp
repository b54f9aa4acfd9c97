#include "push_batch_file.h"

#include "sync/push_request.h"

#include <QFile>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace sohoi::tools::bench {

bool writePushBatches(const QString& path, const std::vector<client::Mutation>& mutations, int batchSize,
                      QString* error) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream output(&stream);
    for (size_t first = 0; first < mutations.size(); first += static_cast<size_t>(batchSize)) {
      const auto last = mutations.begin() + static_cast<qsizetype>(std::min(mutations.size(), first + batchSize));
      const std::string batch =
          client::toPushRequest({mutations.begin() + static_cast<qsizetype>(first), last}).SerializeAsString();
      output.WriteVarint32(static_cast<quint32>(batch.size()));
      output.WriteString(batch);
    }
  }
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), static_cast<qint64>(bytes.size())) < 0) {
    *error = QStringLiteral("Không ghi được tệp %1 / Cannot write file %1").arg(path);
    return false;
  }
  return true;
}

}  // namespace sohoi::tools::bench
