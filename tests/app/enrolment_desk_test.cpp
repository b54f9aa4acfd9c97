// The workspace's enrolment desk: where a district officer may enrol people, and the code it issues as
// text and as a ticket carrying the server's address and certificate pin, fed by a fake AdminService (the
// wire is tested in tests/integration).
#include "enrolment_desk_sample.h"

#include "net/enrolment_ticket.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;
using namespace sohoi::app::test;

namespace {

/// The desk over the sample district, asking fake for its codes.
struct Desk {
  DistrictWorkspace workspace;
  FakeEnrolmentServer fake;
  EnrolmentDesk desk;
  Desk() {
    desk.setManager(&workspace.manager);
    desk.setIssuer(fake.issuer());
  }
};

/// Asks for a code and waits until the fake's answer has been shown.
void issueAndWait(EnrolmentDesk& desk, const QString& unitId, const QString& personName) {
  QSignalSpy issuing(&desk, &EnrolmentDesk::issuingChanged);
  desk.issueCode(unitId, personName);
  REQUIRE(desk.issuing());
  while (desk.issuing()) REQUIRE(issuing.wait(5000));  // a failure guard: the fake answers at once
}

QStringList field(const QVariantList& units, const char* key) {
  QStringList values;
  for (const QVariant& unit : units) values.append(unit.toMap().value(QLatin1String(key)).toString());
  return values;
}

/// Speaks language for the scope of one check, as the app does after setLanguage.
struct SpeakingIn {
  const QLocale before;  // the default until now, kept before the constructor changes it
  explicit SpeakingIn(QLocale::Language language) { QLocale::setDefault(QLocale(language)); }
  ~SpeakingIn() { QLocale::setDefault(before); }
};

}  // namespace

TEST_CASE("the desk offers the district's commune units, each followed by its branches") {
  Desk d;
  const QVariantList units = d.desk.branches();
  REQUIRE(units.size() == 15);  // 3 commune units of 4 branches; not the district or the province
  CHECK(field(units, "level") ==
        QStringList({"commune", "branch", "branch", "branch", "branch", "commune", "branch", "branch", "branch",
                     "branch", "commune", "branch", "branch", "branch", "branch"}));
  // By commune name as Vietnamese sorts it: Hoàng Văn Thụ, Phan Đình Phùng, Quang Trung.
  CHECK(field(units, "id").mid(0, 6) == QStringList({"05452", "05452-1", "05452-2", "05452-3", "05452-4", "05449"}));
  CHECK(field(units, "communeName").at(3) == QStringLiteral("Phường Hoàng Văn Thụ"));
  CHECK(field(units, "name").at(3) == QStringLiteral("Chi hội Tổ 3"));
}

TEST_CASE("a search without diacritics finds a branch by its own and its commune's name") {
  Desk d;
  QSignalSpy matching(&d.desk, &EnrolmentDesk::matchingBranchesChanged);
  d.desk.setSearch(QStringLiteral("quang trung to 3"));
  CHECK(matching.count() == 1);
  CHECK(field(d.desk.matchingBranches(), "id") == QStringList({"05443-3"}));
  d.desk.setSearch(QStringLiteral("HOANG VAN"));
  CHECK(d.desk.matchingBranches().size() == 5);
  d.desk.setSearch({});
  CHECK(d.desk.matchingBranches().size() == 15);
}

TEST_CASE("an issued code's ticket carries the server's address, its certificate pin and the code") {
  Desk d;
  QSignalSpy issued(&d.desk, &EnrolmentDesk::issuedChanged);
  issueAndWait(d.desk, QStringLiteral("05449-2"), QStringLiteral("  Nguyễn Thị Hạnh "));
  CHECK(d.fake.lastIssue() == QStringLiteral("05449-2|Nguyễn Thị Hạnh"));
  CHECK(issued.count() >= 1);
  CHECK(d.desk.error().isEmpty());
  CHECK(d.desk.code() == QLatin1String(kSampleCode));
  CHECK(d.desk.personName() == QStringLiteral("Nguyễn Thị Hạnh"));
  CHECK(d.desk.unitName() == QStringLiteral("Chi hội Tổ 2"));
  CHECK(d.desk.serverAddress() == QLatin1String(kSampleServer));
  CHECK(d.desk.ticket() == QStringLiteral("sohoi://%1/%2?pin=%3")
                               .arg(QLatin1String(kSampleServer), QLatin1String(kSampleCode), QLatin1String(kSamplePin)));
  // What the tablet's first-run page does with it.
  const std::optional<EnrolmentTicket> read = parseEnrolmentTicket(d.desk.ticket());
  REQUIRE(read);
  CHECK(read->address == QLatin1String(kSampleServer));
  CHECK(read->code == QLatin1String(kSampleCode));
  CHECK(read->pin == QLatin1String(kSamplePin));
  CHECK(d.desk.expiresText().contains(QStringLiteral("/07/2021")));
}

TEST_CASE("a refused issue shows the server's words in the app's language, and no code") {
  Desk d;
  d.fake.refuseIssues();
  {
    SpeakingIn vietnamese(QLocale::Vietnamese);
    issueAndWait(d.desk, QStringLiteral("05449-2"), QStringLiteral("Trần Thị Mai"));
    CHECK(d.desk.error() == FakeEnrolmentServer::outOfScope().messageVi);
  }
  {
    SpeakingIn english(QLocale::English);
    issueAndWait(d.desk, QStringLiteral("05449-2"), QStringLiteral("Trần Thị Mai"));
    CHECK(d.desk.error() == FakeEnrolmentServer::outOfScope().messageEn);
  }
  CHECK(d.fake.issueCalls() == 2);
  CHECK(d.desk.code().isEmpty());
  CHECK(d.desk.ticket().isEmpty());
}

TEST_CASE("a blank or overlong name is refused without asking the server") {
  Desk d;
  QSignalSpy error(&d.desk, &EnrolmentDesk::errorChanged);
  for (const QString& name : {QString(), QStringLiteral("   "), QString(d.desk.maxPersonNameLength() + 1, QLatin1Char('a'))}) {
    d.desk.issueCode(QStringLiteral("05449-2"), name);
    CHECK_FALSE(d.desk.issuing());
    CHECK_FALSE(d.desk.error().isEmpty());
  }
  CHECK(error.count() >= 1);
  CHECK(d.fake.issueCalls() == 0);
}

TEST_CASE("a unit the desk does not offer is refused without asking the server") {
  Desk d;
  for (const char* unit : {"", "164", "19", "99999"}) {
    d.desk.issueCode(QLatin1String(unit), QStringLiteral("Trần Thị Mai"));
    CHECK_FALSE(d.desk.issuing());
    CHECK_FALSE(d.desk.error().isEmpty());
  }
  CHECK(d.fake.issueCalls() == 0);
}

TEST_CASE("a new issue takes the previous code away at once") {
  Desk d;
  issueAndWait(d.desk, QStringLiteral("05449-2"), QStringLiteral("Nguyễn Thị Hạnh"));
  REQUIRE_FALSE(d.desk.ticket().isEmpty());
  d.fake.refuseIssues();
  d.desk.issueCode(QStringLiteral("05443-1"), QStringLiteral("Trần Thị Mai"));
  CHECK(d.desk.code().isEmpty());
  CHECK(d.desk.ticket().isEmpty());
  CHECK(d.desk.personName().isEmpty());
  QSignalSpy issuing(&d.desk, &EnrolmentDesk::issuingChanged);
  while (d.desk.issuing()) REQUIRE(issuing.wait(5000));
  CHECK(d.desk.ticket().isEmpty());
}

TEST_CASE("a commune officer, who may not issue codes, is offered no unit") {
  Desk d;
  client::Account officer = d.workspace.manager.store().account();
  officer.unitId = QStringLiteral("05449");
  officer.role = QStringLiteral("commune_officer");
  REQUIRE(d.workspace.manager.store().saveAccount(officer).isOk());
  QSignalSpy branches(&d.desk, &EnrolmentDesk::branchesChanged);
  d.workspace.manager.reload();
  CHECK(branches.count() == 1);
  CHECK(d.desk.branches().isEmpty());
}

TEST_CASE("a code put away leaves the desk ready for the next person") {
  Desk d;
  issueAndWait(d.desk, QStringLiteral("05449"), QStringLiteral("Hoàng Thị Đào"));
  REQUIRE(d.desk.code() == QLatin1String(kSampleCode));
  QSignalSpy issued(&d.desk, &EnrolmentDesk::issuedChanged);
  d.desk.clearIssued();
  CHECK(issued.count() == 1);
  CHECK(d.desk.code().isEmpty());
  CHECK(d.desk.ticket().isEmpty());
  CHECK(d.desk.expiresText().isEmpty());
}
