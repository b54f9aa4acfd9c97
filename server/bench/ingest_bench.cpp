// sohoi-ingest-bench --batches FILE [--keep DIR] [--end-to-end-records-per-s R] [--db SPEC]
// The server's ingest against the limit of its storage, on the push batches one device sent (FILE, as
// sohoi-bench writes it; see push_batch_file.h). Prints:
//   server_ingest_records_per_s       the push path in this process on a fresh SQLite database
//   sqlite_bulk_insert_records_per_s  the same rows bulk-inserted straight into SQLite (the limit)
//   ingest_to_bulk_insert_ratio       the first over the second; with R (what a device achieved over
//                                     gRPC), R over the limit too, as "(end to end …)"
//   server_ingest_db_records_per_s    with --db: the push path on SPEC (an empty database, e.g. PostgreSQL's
//                                     postgresql://USER@HOST:PORT/DB), to set the backends side by side
// sohoi-bench runs it with R after its own end-to-end run, so the `bench` target prints every figure.
#include "push_batch_file.h"
#include "raw_insert.h"
#include "server_ingest.h"

#include "sohoi/v1/sync.pb.h"
#include "storage/database.h"

#include "ids/uuid7.h"
#include "wire/record_codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sohoi;
using namespace sohoi::server;

namespace {

int fail(QTextStream& err, const QString& message) {
  err << "sohoi-ingest-bench: " << message << Qt::endl;
  return 1;
}

// The versions in the batches as the server stores them: device and author come from the credential, so a
// device leaves them out; one device and one person fill them in here.
std::vector<RecordVersion> storedVersions(const std::vector<std::string>& batches) {
  const QString deviceId = newUuid7(), authorId = newUuid7();
  std::vector<RecordVersion> versions;
  for (const std::string& bytes : batches) {
    v1::PushRequest request;
    request.ParseFromString(bytes);
    for (const v1::Mutation& mutation : request.mutations()) {
      RecordVersion version;
      fromProto(mutation.version(), &version);
      version.deviceId = deviceId;
      version.authorId = authorId;
      versions.push_back(std::move(version));
    }
  }
  return versions;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QTextStream out(stdout), err(stderr);
  QString batchFile, keep, otherDb;
  double endToEnd = 0;
  const QStringList args = app.arguments().mid(1);
  for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--batches")) batchFile = args[i + 1];
    else if (args[i] == QLatin1String("--keep")) keep = args[i + 1];
    else if (args[i] == QLatin1String("--end-to-end-records-per-s")) endToEnd = args[i + 1].toDouble();
    else if (args[i] == QLatin1String("--db")) otherDb = args[i + 1];
  }
  if (batchFile.isEmpty())
    return fail(err, QStringLiteral("thiếu --batches TỆP (sohoi-bench --keep THƯ_MỤC để lại tệp này) / missing "
                                    "--batches FILE (sohoi-bench --keep DIR leaves one)"));
  QString error;
  const std::optional<std::vector<std::string>> batches = bench::readPushBatches(batchFile, &error);
  if (!batches) return fail(err, error);
  const std::vector<RecordVersion> versions = storedVersions(*batches);
  const auto records = static_cast<double>(versions.size());
  QTemporaryDir temporary;
  const QDir folder(keep.isEmpty() ? temporary.path() : keep);
  QDir().mkpath(folder.path());

  // The limit: the same rows into a fresh database with the server's schema.
  const QString rawPath = folder.filePath(QStringLiteral("raw.sqlite"));
  if (!Database::open(QStringLiteral("sqlite:") + rawPath, &error)) return fail(err, error);
  const double rawSeconds = bench::rawBulkInsert(rawPath, versions, &error);
  if (rawSeconds < 0) return fail(err, error);
  const double rawPerSecond = records / std::max(rawSeconds, 1e-6);
  const double serverSeconds =
      bench::serverSideIngest(QStringLiteral("sqlite:") + folder.filePath(QStringLiteral("server-side.sqlite")), *batches, &error);
  if (serverSeconds < 0) return fail(err, error);
  const double serverPerSecond = records / std::max(serverSeconds, 1e-6);

  out << QStringLiteral("server_ingest_records_per_s %1 (decode, validate, store; same batches)")
             .arg(serverPerSecond, 0, 'f', 0)
      << Qt::endl;
  out << QStringLiteral("sqlite_bulk_insert_records_per_s %1").arg(rawPerSecond, 0, 'f', 0) << Qt::endl;
  const QString ratio = QStringLiteral("ingest_to_bulk_insert_ratio %1").arg(serverPerSecond / rawPerSecond, 0, 'f', 2);
  if (endToEnd > 0)
    out << ratio << QStringLiteral(" (end to end %1)").arg(endToEnd / rawPerSecond, 0, 'f', 2) << Qt::endl;
  else
    out << ratio << Qt::endl;
  if (!otherDb.isEmpty()) {
    const double otherSeconds = bench::serverSideIngest(otherDb, *batches, &error);
    if (otherSeconds < 0) return fail(err, error);
    out << QStringLiteral("server_ingest_db_records_per_s %1 (%2)")
               .arg(records / std::max(otherSeconds, 1e-6), 0, 'f', 0)
               .arg(DatabaseSpec::parse(otherDb, nullptr)->location)
        << Qt::endl;
  }
  return 0;
}
