#include "text_folding.h"

#include <catch2/catch.hpp>

using namespace sohoi::app;

TEST_CASE("folding drops Vietnamese diacritics and case") {
  CHECK(foldForSearch(QStringLiteral("Nguyễn Thị Hương")) == QStringLiteral("nguyen thi huong"));
  CHECK(foldForSearch(QStringLiteral("ỨNG HỘ")) == QStringLiteral("ung ho"));
}

TEST_CASE("đ and Đ fold to d") {
  CHECK(foldForSearch(QStringLiteral("Đặng Thị Đào")) == QStringLiteral("dang thi dao"));
  CHECK(foldForSearch(QStringLiteral("đề án 938")) == QStringLiteral("de an 938"));
}

TEST_CASE("a search without accents finds the accented name") {
  const QString folded = foldForSearch(QStringLiteral("Nguyễn Thị Lan"));
  CHECK(matchesTerms(folded, searchTerms(QStringLiteral("nguyen thi"))));
  CHECK(matchesTerms(folded, searchTerms(QStringLiteral("  LAN   nguyễn "))));
  CHECK_FALSE(matchesTerms(folded, searchTerms(QStringLiteral("nguyen van"))));
}

TEST_CASE("an empty search matches everything") {
  CHECK(searchTerms(QStringLiteral("   ")).isEmpty());
  CHECK(matchesTerms(QStringLiteral("anything"), {}));
}

TEST_CASE("text typed in decomposed form (NFD) folds like the composed form") {
  const QString composed = QStringLiteral("Hoàng");
  CHECK(foldForSearch(composed.normalized(QString::NormalizationForm_D)) == foldForSearch(composed));
}
