// Every key the template context can hold (see context.hpp), as dotted paths; `[]` marks
// a list. When you add a key to context.cpp or role_context.cpp, add it here too: a test
// (tests/unit/templating/fields_test.cpp) fails for a key the examples set that is missing.
#include <sstream>

#include "templating/fields.hpp"

namespace plainly {

namespace {

const char* const kContextFields = R"(
today
organisation.name organisation.address
contact.name contact.role contact.phone contact.email contact.hours
project.title project.summary project.goals[] project.has_goals
project.outputs[].what project.outputs[].who_sees project.outputs[].public
project.outputs[].sold project.has_outputs
project.consultation project.participation project.co_production
project.one_off project.project_term project.ongoing
project.has_formats project.formats.standard project.formats.large_print
project.formats.easy_read project.formats.plain_text project.formats.audio
project.formats.braille
role.id role.title role.summary role.tasks[] role.has_tasks
role.asks_opinion role.asks_story role.asks_task
role.experience_direct[] role.has_experience_direct
role.experience_indirect[] role.has_experience_indirect role.has_experience
role.in_person role.remote role.either role.place role.access role.remote_how
role.sessions[].date role.sessions[].start role.sessions[].end role.sessions[].length
role.sessions[].what role.has_sessions role.session_count role.meeting_count
role.one_session role.many_sessions
role.pattern.weekly role.pattern.fortnightly role.pattern.day role.pattern.start
role.pattern.end role.pattern.length role.pattern.from role.pattern.until
role.pattern.last role.pattern.except[] role.pattern.has_except
role.pattern.session_count role.pattern.meeting_count role.pattern.what
role.total_time role.preparation_time role.preparation_paid role.preparation_unpaid
role.reply_by role.apply_by
role.paid role.voucher role.unpaid role.rate role.per_hour role.per_half_day role.per_day
role.per_session role.pay_total role.pay_how role.pay_within role.can_decline
role.expenses_covered[] role.has_expenses_covered
role.expenses_not_covered[] role.has_expenses_not_covered
role.expenses_how role.expenses_within role.expenses_advance
role.benefits_advice role.tax_status role.tax_self_employed role.tax_payroll role.tax_other
role.adjustments[] role.has_adjustments
role.wellbeing_before role.wellbeing_after role.wellbeing_follow_up role.has_wellbeing
role.training role.how_to_apply role.cancellation
consent[].id consent[].what consent[].why consent[].optional consent[].required
consent[].single_choice consent[].many_uses
consent[].uses[].item_what consent[].uses[].who_sees consent[].uses[].public
consent[].uses[].sold consent[].uses[].kept_until consent[].uses[].kept_until_date
consent[].withdraw_how consent[].withdraw_until consent[].withdraw_until_date
has_consent has_optional_consent
person.name person.address personal review
)";

// Add one dotted path ("consent[].uses[].who_sees") to the tree.
void add_path(FieldNode& root, const std::string& path) {
  FieldNode* node = &root;
  std::istringstream parts(path);
  std::string part;
  while (std::getline(parts, part, '.')) {
    bool list = part.size() > 2 && part.compare(part.size() - 2, 2, "[]") == 0;
    if (list) part.resize(part.size() - 2);
    node = &node->fields[part];
    node->list = node->list || list;
  }
}

FieldNode build_fields() {
  FieldNode root;
  std::istringstream words(kContextFields);
  std::string path;
  while (words >> path) add_path(root, path);
  return root;
}

}  // namespace

const FieldNode& context_fields() {
  static const FieldNode fields = build_fields();
  return fields;
}

}  // namespace plainly
