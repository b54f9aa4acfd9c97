#include "test_support.h"

#include <QDate>
#include <catch2/catch.hpp>

namespace sohoi::client::test {

std::vector<OrgUnit> smallTree() {
  return {{QStringLiteral("P"), {}, QStringLiteral("Tỉnh Thái Nguyên"), UnitLevel::Province},
          {QStringLiteral("D"), QStringLiteral("P"), QStringLiteral("Huyện Đại Từ"), UnitLevel::District},
          {QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("Xã Hùng Sơn"), UnitLevel::Commune},
          {QStringLiteral("C-1"), QStringLiteral("C"), QStringLiteral("Chi hội Xóm 1"), UnitLevel::Branch},
          {QStringLiteral("C-2"), QStringLiteral("C"), QStringLiteral("Chi hội Xóm 2"), UnitLevel::Branch},
          {QStringLiteral("E"), QStringLiteral("D"), QStringLiteral("Xã Tân Thái"), UnitLevel::Commune},
          {QStringLiteral("E-1"), QStringLiteral("E"), QStringLiteral("Chi hội Xóm Đồng"), UnitLevel::Branch}};
}

TempStore::TempStore() {
  REQUIRE(dir.isValid());
  Status status;
  store = LocalStore::open(path(), &status);
  REQUIRE(status.isOk());
  REQUIRE(store->replaceOrgUnits(smallTree()).isOk());
  Account account;
  account.deviceId = QStringLiteral("0192f3c4-0000-7000-8000-000000000001");
  account.credential = QStringLiteral("secret");
  account.personId = QStringLiteral("0192f3c4-0000-7000-8000-0000000000aa");
  account.personName = QStringLiteral("Hoàng Thị Mai");
  account.unitId = QStringLiteral("C");
  account.serverAddress = QStringLiteral("127.0.0.1:1");
  account.serverEpoch = QStringLiteral("epoch-1");
  REQUIRE(store->saveAccount(account).isOk());
}

void withRawDatabase(const QString& path, const std::function<void(QSqlDatabase&)>& fn) {
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    fn(db);
    db.close();
  }
  QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariantMap activityFields(const QString& title) {
  return {{QStringLiteral("kind"), 1},
          {QStringLiteral("title"), title},
          {QStringLiteral("date"), QDate(2021, 3, 1)},
          {QStringLiteral("participants_total"), qint64{40}},
          {QStringLiteral("participants_women"), qint64{35}}};
}

QVariantMap householdFields(const QString& head) {
  return {{QStringLiteral("head_name"), head},
          {QStringLiteral("hamlet"), QStringLiteral("Xóm 1")},
          {QStringLiteral("female_headed"), true},
          {QStringLiteral("size"), qint64{4}}};
}

}  // namespace sohoi::client::test
