#include "validation_context.h"

namespace sohoi {

ValidationContext ValidationContext::standard(const OrgTree* tree, int firstYear) {
  ValidationContext context;
  context.tree = tree;
  context.earliest = QDate(firstYear, 1, 1);
  context.latest = QDate::currentDate().addDays(1);
  return context;
}

}  // namespace sohoi
