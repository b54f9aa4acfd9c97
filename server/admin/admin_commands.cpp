#include "admin_commands.h"

#include "account_commands.h"
#include "admin_output.h"
#include "clock_flag_commands.h"
#include "demo_province.h"
#include "demo_writer.h"
#include "plan_commands.h"
#include "realistic_demo.h"
#include "report_command.h"
#include "review_decision.h"
#include "start_state_import.h"
#include "tree_commands.h"
#include "tree_file.h"

#include "plan/org_unit_check.h"
#include "storage/plan_repository.h"

#include "storage/database.h"
#include "storage/device_repository.h"
#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/record_repository.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "tree/due_tree_changes.h"

#include "net/certificate_pin.h"
#include "net/enrolment_ticket.h"
#include "wire/field_json.h"

#include <QDateTime>
#include <QFile>
#include <QElapsedTimer>
#include <QHash>
#include <map>

namespace sohoi::server {

namespace {

const char* const kUsage =
    "Cách dùng / Usage: sohoi-admin --db sqlite:PATH|postgresql://USER@HOST:PORT/DB COMMAND\n"
    "  load-tree FILE.csv                 nạp cây tổ chức / load the org tree (code,level,type,name,parent_code)\n"
    "  load-baselines FILE.csv            số liệu gốc 2020 / 2020 baselines (unit_id,year,members,women_18_plus,\n"
    "                                     fund,branch_leaders,full_time_cadres,committee_members[,core_members])\n"
    "  load-plan FILE.json                nạp kế hoạch chỉ tiêu / load a plan file (data/plans/README.md)\n"
    "  import-start-states FILE.csv       tình trạng hộ trước năm kế hoạch / households' state before the plan\n"
    "                                     year (household_id,date,no_poverty,…,clean_lane,poverty_status)\n"
    "  progress --unit ID|root [--depth 1] [--format table|csv|json] [--as-of yyyy-MM-dd]\n"
    "                                     tiến độ chỉ tiêu, tính lại từ đầu / progress, computed from scratch\n"
    "  report --unit ID|root --period YYYY [--quarter N] [--pdf FILE] [--csv FILE] [--records DIR]\n"
    "                                     báo cáo / reports: --pdf báo cáo tiến độ PDF / the progress report as PDF;\n"
    "                                     --csv tiến độ dạng CSV / progress as CSV; --records hồ sơ trong kỳ, mỗi\n"
    "                                     loại một tệp CSV / the period's records, one CSV per kind (activity.csv, …)\n"
    "  move-unit UNIT --to PARENT --from yyyy-MM-dd      chuyển đơn vị / move a unit under another parent\n"
    "  merge-units FROM --into TO --from yyyy-MM-dd      sáp nhập đơn vị / merge a unit into another\n"
    "                                     sau hôm nay: lên lịch đến ngày đó / after today: scheduled until that day\n"
    "  tree-changes                       các thay đổi cây đã lên lịch, đã áp dụng / scheduled and applied tree changes\n"
    "  cancel-change ID                   hủy một thay đổi đã lên lịch / cancel a scheduled tree change\n"
    "  demo [--seed 2021] [--records-per-branch 24] [--plan FILE] [--tree FILE] [--small [--no-plan]]\n"
    "                                     nạp tỉnh mẫu vào CSDL trống / load a demo province into an empty database\n"
    "  issue-code --unit ID --person NAME [--role ROLE] [--days 7] [--server HOST:PORT [--tls-cert FILE]]\n"
    "                                     cấp mã đăng ký một lần / issue a one-time enrolment code; ROLE:\n"
    "                                     branch_leader|commune_officer|district_staff|province_staff|member\n"
    "                                     (mặc định theo cấp đơn vị / by default the unit level's); with --server\n"
    "                                     also the sohoi:// line for a QR code, pinning the certificate\n"
    "  devices                            liệt kê thiết bị / list devices\n"
    "  clock-flags [--device ID] [--limit 50]\n"
    "                                     bản ghi có đồng hồ thiết bị sai / records with an implausible device clock\n"
    "  conflicts                          bản ghi xung đột, bản sao trùng mã / records in conflict, reused version ids\n"
    "  revoke DEVICE_ID                   thu hồi thiết bị / revoke a device\n"
    "  rotate-epoch                       sau khi khôi phục bản sao lưu / after restoring a backup\n"
    "  approve RECORD_ID [--comment TEXT] duyệt hồ sơ / approve a record\n"
    "  return RECORD_ID --comment TEXT    trả lại hồ sơ kèm ý kiến / return a record with a comment\n"
    "  create-account --username U --person NAME --unit ID --role ROLE [--password-file FILE|-]\n"
    "                                     tài khoản đăng nhập máy tính / an account to sign in at a desktop;\n"
    "                                     mật khẩu từ dòng đầu của tệp (- : đầu vào chuẩn), không có thì tạo và\n"
    "                                     in một lần / password from the file's first line (-: standard input),\n"
    "                                     else made up and printed once\n"
    "  disable-account U                  vô hiệu hóa tài khoản / disable an account\n"
    "  reset-password U [--password-file FILE|-]   đặt lại mật khẩu, mở khóa / set a new password, lift the lock\n"
    "  accounts                           liệt kê tài khoản / list accounts\n"
    "  audit [--limit 50]                 nhật ký quản trị / the audit log of privileged acts\n";

// Options that take no value.
const QStringList kFlags{QStringLiteral("--small"), QStringLiteral("--no-plan")};

struct Args {
  QString db;
  QString command;
  QStringList positional;
  QHash<QString, QString> options;  // --name value
  QString error;
};

Args parseArgs(const QStringList& arguments) {
  Args args;
  for (qsizetype i = 0; i < arguments.size(); ++i) {
    const QString& argument = arguments.at(i);
    if (kFlags.contains(argument)) {
      args.options.insert(argument.mid(2), QStringLiteral("1"));
    } else if (argument.startsWith(QLatin1String("--"))) {
      if (i + 1 >= arguments.size()) {
        args.error = QStringLiteral("Thiếu giá trị cho %1 / Missing a value for %1").arg(argument);
        return args;
      }
      const QString value = arguments.at(++i);
      if (argument == QLatin1String("--db"))
        args.db = value;
      else
        args.options.insert(argument.mid(2), value);
    } else if (args.command.isEmpty()) {
      args.command = argument;
    } else {
      args.positional << argument;
    }
  }
  return args;
}

bool checkTree(Transaction& tx, const TreeFile& file, const QString& path, QTextStream& err);

int loadTree(Database& db, const QString& path, QTextStream& out, QTextStream& err) {
  QByteArray text;
  if (!readFile(path, &text, err)) return 1;
  Transaction tx(db, Transaction::Mode::Write);
  OrgUnitRepository units(tx);
  const TreeFile tree = TreeFile::parse(text, units.tree());
  if (!tree.ok()) {
    err << path << QLatin1Char(':') << tree.errorLine << QStringLiteral(": ") << tree.error << Qt::endl;
    return 1;
  }
  if (!checkTree(tx, tree, path, err)) return 1;
  units.upsert(tree.units);
  const int total = units.count();
  tx.commit();
  out << QStringLiteral("load-tree: %1 units loaded, %2 in the tree").arg(tree.units.size()).arg(total) << Qt::endl;
  return 0;
}

// The whole tree as it would be after loading (stored units, then the file's), checked by the shared rules;
// each problem named with the file's line of the unit (closed units, merged away, are history, not checked).
bool checkTree(Transaction& tx, const TreeFile& file, const QString& path, QTextStream& err) {
  QHash<QString, int> lineOf;
  std::vector<OrgUnit> all;
  for (size_t i = 0; i < file.units.size(); ++i) lineOf.insert(file.units[i].id, file.lines[i]);
  for (const OrgUnit& unit : OrgUnitRepository(tx).all())
    if (!lineOf.contains(unit.id) && !unit.closed()) all.push_back(unit);
  all.insert(all.end(), file.units.begin(), file.units.end());
  const std::vector<plan::OrgUnitProblem> problems = plan::validateOrgUnits(all);
  for (const plan::OrgUnitProblem& problem : problems)
    err << path << QLatin1Char(':') << lineOf.value(problem.unitId) << QStringLiteral(": ") << problem.bilingual()
        << Qt::endl;
  return problems.empty();
}

int loadDemo(Database& db, bool withPlan, QTextStream& out, QTextStream& err);

int loadRealisticDemo(Database& db, const Args& args, QTextStream& out, QTextStream& err) {
  bool seedOk = true, perBranchOk = true;
  const quint64 seed = args.options.value(QStringLiteral("seed"), QStringLiteral("2021")).toULongLong(&seedOk);
  const int perBranch = args.options.value(QStringLiteral("records-per-branch"), QStringLiteral("24")).toInt(&perBranchOk);
  if (!seedOk || !perBranchOk || perBranch < 0) {
    err << QStringLiteral("--seed và --records-per-branch phải là số nguyên không âm / --seed and "
                          "--records-per-branch must be whole numbers ≥ 0")
        << Qt::endl;
    return 2;
  }
  const QString treePath =
      args.options.value(QStringLiteral("tree"), QStringLiteral(SOHOI_DATA_DIR "/thai-nguyen-units-2021.csv"));
  const QString planPath =
      args.options.value(QStringLiteral("plan"), QStringLiteral(SOHOI_DATA_DIR "/plans/thai-nguyen-2021.json"));
  QElapsedTimer timer;
  timer.start();
  QByteArray treeText;
  if (!readFile(treePath, &treeText, err)) return 1;
  // Ended before the import below, which opens transactions of its own.
  auto tx = std::make_unique<Transaction>(db, Transaction::Mode::Write);
  OrgUnitRepository units(*tx);
  if (units.count() > 0)
    return refuse(err, QStringLiteral("CSDL đã có cây tổ chức; demo chỉ nạp vào CSDL trống"),
                  QStringLiteral("The database already has an org tree; demo only loads into an empty one"));
  const TreeFile file = TreeFile::parse(treeText, OrgTree());
  if (!file.ok()) {
    err << treePath << QLatin1Char(':') << file.errorLine << QStringLiteral(": ") << file.error << Qt::endl;
    return 1;
  }
  const std::vector<OrgUnit> all = demoTree(file.units, seed);
  units.upsert(all);
  const OrgTree tree(all);
  const std::vector<plan::UnitBaseline> baselines = demoBaselines(tree, seed);
  PlanRepository(*tx).saveBaselines(baselines);
  if (!storePlanFile(*tx, planPath, err)) return 1;
  DemoWriter writer(*tx, seed);
  std::vector<StartState> startStates;
  writeDemoRecords(writer, tree, baselines, perBranch, &startStates);
  writer.finish();
  tx->commit();
  tx.reset();
  // The 2020 assessments arrive as the province imports them, through the push path.
  if (!startStates.empty() && importStartStates(db, startStates, out, err) != 0) return 1;
  std::map<UnitLevel, int> counts;
  for (const OrgUnit& unit : all) ++counts[unit.level];
  qint64 members = 0, leaders = 0;
  for (const plan::UnitBaseline& baseline : baselines) {
    members += baseline.members;
    leaders += baseline.branchLeaders;
  }
  out << QStringLiteral("demo: %1 province, %2 districts, %3 communes, %4 branches; 2020 baselines: %5 members, "
                        "%6 branch leaders; plan %7; %8 records in %9 s (seed %10)")
             .arg(counts[UnitLevel::Province])
             .arg(counts[UnitLevel::District])
             .arg(counts[UnitLevel::Commune])
             .arg(counts[UnitLevel::Branch])
             .arg(members)
             .arg(leaders)
             .arg(planPath)
             .arg(writer.count())
             .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
             .arg(seed)
      << Qt::endl;
  return 0;
}

int loadDemo(Database& db, bool withPlan, QTextStream& out, QTextStream& err) {
  Transaction tx(db, Transaction::Mode::Write);
  OrgUnitRepository units(tx);
  if (units.count() > 0)
    return refuse(err, QStringLiteral("CSDL đã có cây tổ chức; demo chỉ nạp vào CSDL trống"),
                  QStringLiteral("The database already has an org tree; demo only loads into an empty one"));
  const std::vector<OrgUnit> demo = demoProvince();
  units.upsert(demo);
  // The shipped plan too, so a small demo server answers ReportService (no baselines, no records); without
  // it, the server keeps no progress figures, as the sync benchmark measures sync alone.
  QString planError;
  QTextStream planErrors(&planError);
  if (withPlan) storePlanFile(tx, QStringLiteral(SOHOI_DATA_DIR "/plans/thai-nguyen-2021.json"), planErrors);
  tx.commit();
  std::map<UnitLevel, int> counts;
  for (const OrgUnit& unit : demo) ++counts[unit.level];
  out << QStringLiteral("demo: %1 province, %2 districts, %3 communes, %4 branches (e.g. %5)")
             .arg(counts[UnitLevel::Province])
             .arg(counts[UnitLevel::District])
             .arg(counts[UnitLevel::Commune])
             .arg(counts[UnitLevel::Branch])
             .arg(demo.back().id)
      << Qt::endl;
  return 0;
}

int issueCode(Database& db, const Args& args, QTextStream& out, QTextStream& err) {
  const QString unit = args.options.value(QStringLiteral("unit"));
  const QString person = args.options.value(QStringLiteral("person"));
  bool daysOk = true;
  const int days = args.options.value(QStringLiteral("days"), QStringLiteral("7")).toInt(&daysOk);
  if (unit.isEmpty() || person.isEmpty() || !daysOk) {
    err << QStringLiteral("Cần --unit ID --person TÊN [--days N] / Needs --unit ID --person NAME [--days N]")
        << Qt::endl;
    return 2;
  }
  std::optional<Role> role;
  if (args.options.contains(QStringLiteral("role"))) {
    role = roleFromName(args.options.value(QStringLiteral("role")));
    if (!role) {
      err << QStringLiteral("Vai trò không hợp lệ \"%1\" / Unknown role \"%1\"").arg(args.options.value(QStringLiteral("role")))
          << Qt::endl;
      return 2;
    }
  }
  // With the server's address (and its certificate), the line a QR code carries: the tablet needs nothing else.
  EnrolmentTicket ticket{args.options.value(QStringLiteral("server")), QString(), QString()};
  if (const QString certFile = args.options.value(QStringLiteral("tls-cert")); !certFile.isEmpty()) {
    QFile file(certFile);
    ticket.pin = file.open(QIODevice::ReadOnly) ? certificatePin(file.readAll()) : QString();
    if (ticket.pin.isEmpty()) {
      err << QStringLiteral("Không đọc được chứng chỉ %1 / Cannot read a certificate from %1").arg(certFile) << Qt::endl;
      return 2;
    }
  }
  Result<IssuedCode> issued = Enrolment(db).issueCode(unit, person, role, days);
  if (!issued) {
    err << issued.error().bilingual() << Qt::endl;
    return 1;
  }
  ticket.code = issued.value().code;
  if (!ticket.address.isEmpty()) out << formatEnrolmentTicket(ticket) << Qt::endl;
  out << issued.value().code << Qt::endl;  // last, alone: what scripts read
  return 0;
}

int listDevices(Database& db, QTextStream& out) {
  Transaction tx(db, Transaction::Mode::Read);
  const std::vector<Device> devices = DeviceRepository(tx).all();
  tx.commit();
  out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
             .arg(QStringLiteral("id"), -36)
             .arg(QStringLiteral("person"), -24)
             .arg(QStringLiteral("unit"), -10)
             .arg(QStringLiteral("enrolled"), -16)
             .arg(QStringLiteral("last seen"), -16)
             .arg(QStringLiteral("last seq"), 8)
             .arg(QStringLiteral("clock offset"), -13)
             .arg(QStringLiteral("revoked"))
      << Qt::endl;
  for (const Device& device : devices)
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
               .arg(device.id, -36)
               .arg(device.personName, -24)
               .arg(device.unitId, -10)
               .arg(formatTime(device.enrolledAt), -16)
               .arg(formatTime(device.lastSeenAt), -16)
               .arg(device.lastSeq, 8)
               .arg(formatClockOffset(device.lastSeenAt ? std::optional(device.clockOffsetMs) : std::nullopt), -13)
               .arg(device.revoked() ? formatTime(device.revokedAt) : QStringLiteral("-"))
        << Qt::endl;
  return 0;
}

int listConflicts(Database& db, QTextStream& out) {
  Transaction tx(db, Transaction::Mode::Read);
  RecordRepository records(tx);
  const std::vector<RecordHead> heads = records.recordsInConflict();
  const std::vector<ConflictCopy> copies = records.conflictCopies();
  tx.commit();
  out << QStringLiteral("records in conflict: %1").arg(heads.size()) << Qt::endl;
  for (const RecordHead& head : heads)
    out << QStringLiteral("  %1  %2  %3  head %4  %5")
               .arg(head.id, recordKindName(head.kind), head.unitId, head.headVersionId,
                    head.conflict == ConflictState::Hard ? QStringLiteral("hard") : QStringLiteral("soft"))
        << Qt::endl;
  out << QStringLiteral("reused version ids (copies kept): %1").arg(copies.size()) << Qt::endl;
  for (const ConflictCopy& copy : copies)
    out << QStringLiteral("  %1  record %2  %3  device %4  received %5  %6")
               .arg(copy.version.versionId, copy.version.recordId, copy.version.unitId, copy.version.deviceId,
                    formatTime(copy.receivedAt),
                    QString::fromUtf8(fieldsToJson(copy.version.kind, copy.version.fields)))
        << Qt::endl;
  return 0;
}

int revoke(Database& db, const Args& args, QTextStream& out, QTextStream& err) {
  if (args.positional.size() != 1) {
    err << QStringLiteral("Cần DEVICE_ID / Needs DEVICE_ID") << Qt::endl;
    return 2;
  }
  if (!Enrolment(db).revoke(args.positional.first())) {
    err << QStringLiteral("Không có thiết bị đang hoạt động %1 / No active device %1").arg(args.positional.first())
        << Qt::endl;
    return 1;
  }
  out << QStringLiteral("revoked %1").arg(args.positional.first()) << Qt::endl;
  return 0;
}

int review(Database& db, const Args& args, QTextStream& out, QTextStream& err) {
  const bool returned = args.command == QLatin1String("return");
  const QString comment = args.options.value(QStringLiteral("comment"));
  if (args.positional.size() != 1 || (returned && comment.trimmed().isEmpty())) {
    err << QStringLiteral("Cần RECORD_ID (và --comment khi trả lại) / Needs RECORD_ID (and --comment to return)")
        << Qt::endl;
    return 2;
  }
  return decideReview(db, args.positional.first(), returned ? ReviewOutcome::Returned : ReviewOutcome::Approved,
                      comment, out, err);
}

// A command that loaded many rows at once: the database's planner learns of them before a server uses them.
int afterBulkLoad(Database& db, int code) {
  if (code == 0) db.refreshPlannerStatistics();
  return code;
}

int rotateEpoch(Database& db, QTextStream& out) {
  Transaction tx(db, Transaction::Mode::Write);
  const QString epoch = MetaRepository(tx).rotateEpoch();
  tx.commit();
  out << QStringLiteral("epoch %1").arg(epoch) << Qt::endl;
  return 0;
}

}  // namespace

int runAdminCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, const QDate& today) {
  const Args args = parseArgs(arguments);
  if (!args.error.isEmpty() || args.db.isEmpty() || args.command.isEmpty()) {
    if (!args.error.isEmpty()) err << args.error << Qt::endl;
    err << kUsage;
    err.flush();
    return 2;
  }
  QString error;
  std::unique_ptr<Database> db = Database::open(args.db, &error);
  if (!db) {
    err << error << Qt::endl;
    return 1;
  }
  try {
    // On err: out may be read by scripts (issue-code prints the code alone).
    for (const TreeChange& change : applyDueTreeChanges(*db, today)) err << describeTreeChange(change) << Qt::endl;
    const QString& command = args.command;
    if (command == QLatin1String("load-tree")) {
      if (args.positional.size() != 1) {
        err << QStringLiteral("Cần FILE.csv / Needs FILE.csv") << Qt::endl;
        return 2;
      }
      return afterBulkLoad(*db, loadTree(*db, args.positional.first(), out, err));
    }
    if (command == QLatin1String("demo"))
      return afterBulkLoad(*db,
                           args.options.contains(QStringLiteral("small"))
                               ? loadDemo(*db, !args.options.contains(QStringLiteral("no-plan")), out, err)
                               : loadRealisticDemo(*db, args, out, err));
    if (command == QLatin1String("load-baselines") || command == QLatin1String("load-plan") ||
        command == QLatin1String("import-start-states")) {
      if (args.positional.size() != 1) {
        err << QStringLiteral("Cần một tệp / Needs one file") << Qt::endl;
        return 2;
      }
      const QString& path = args.positional.first();
      if (command == QLatin1String("import-start-states"))
        return afterBulkLoad(*db, importStartStateFile(*db, path, out, err));
      return command == QLatin1String("load-plan") ? loadPlan(*db, path, out, err)
                                                   : afterBulkLoad(*db, loadBaselines(*db, path, out, err));
    }
    if (command == QLatin1String("progress")) {
      bool depthOk = true;
      const int depth = args.options.value(QStringLiteral("depth"), QStringLiteral("1")).toInt(&depthOk);
      const QString asOfText = args.options.value(QStringLiteral("as-of"));
      const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
      if (!args.options.contains(QStringLiteral("unit")) || !depthOk || depth < 0 ||
          (!asOfText.isEmpty() && !asOf.isValid())) {
        err << QStringLiteral("Cần --unit ID|root [--depth N] [--format table|csv|json] [--as-of yyyy-MM-dd] / "
                              "Needs --unit ID|root [--depth N] [--format table|csv|json] [--as-of yyyy-MM-dd]")
            << Qt::endl;
        return 2;
      }
      return printProgress(*db, args.options.value(QStringLiteral("unit")), depth,
                           args.options.value(QStringLiteral("format"), QStringLiteral("table")), asOf, out, err);
    }
    if (command == QLatin1String("report")) return writeReports(*db, args.options, today, out, err);
    if (command == QLatin1String("move-unit") || command == QLatin1String("merge-units")) {
      const bool move = command == QLatin1String("move-unit");
      const QString target = args.options.value(move ? QStringLiteral("to") : QStringLiteral("into"));
      const QDate from = QDate::fromString(args.options.value(QStringLiteral("from")), Qt::ISODate);
      if (args.positional.size() != 1 || target.isEmpty() || !from.isValid()) {
        err << (move ? QStringLiteral("Cần UNIT --to PARENT --from yyyy-MM-dd / Needs UNIT --to PARENT --from yyyy-MM-dd")
                     : QStringLiteral("Cần FROM --into TO --from yyyy-MM-dd / Needs FROM --into TO --from yyyy-MM-dd"))
            << Qt::endl;
        return 2;
      }
      return move ? moveUnit(*db, args.positional.first(), target, from, today, out, err)
                  : mergeUnits(*db, args.positional.first(), target, from, today, out, err);
    }
    if (command == QLatin1String("tree-changes")) return listTreeChanges(*db, out);
    if (command == QLatin1String("cancel-change")) {
      if (args.positional.size() != 1) {
        err << QStringLiteral("Cần ID / Needs ID") << Qt::endl;
        return 2;
      }
      return cancelTreeChange(*db, args.positional.first(), out, err);
    }
    if (command == QLatin1String("issue-code")) return issueCode(*db, args, out, err);
    if (command == QLatin1String("devices")) return listDevices(*db, out);
    if (command == QLatin1String("clock-flags")) return listClockFlags(*db, args.options, out, err);
    if (command == QLatin1String("conflicts")) return listConflicts(*db, out);
    if (command == QLatin1String("revoke")) return revoke(*db, args, out, err);
    if (command == QLatin1String("rotate-epoch")) return rotateEpoch(*db, out);
    if (command == QLatin1String("approve") || command == QLatin1String("return")) return review(*db, args, out, err);
    if (isAccountCommand(command)) return runAccountCommand(*db, command, args.positional, args.options, out, err);
    err << QStringLiteral("Lệnh không rõ \"%1\" / Unknown command \"%1\"").arg(command) << Qt::endl << kUsage;
    return 2;
  } catch (const StorageError& failure) {
    err << QString::fromStdString(failure.what()) << Qt::endl;
    return 1;
  }
}

}  // namespace sohoi::server
