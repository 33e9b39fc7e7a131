#pragma once
// The template context: the definitions structs turned into Mustache data, with every
// value already formatted for the locale. The only place templates get their values from.
//
// Keys (a key is left out when the definitions file has no value for it, so templates can
// use {{#key}}...{{/key}} for optional parts):
//   today, organisation.{name,address}, contact.{name,role,phone,email,hours}
//   project.{title,summary,goals[],outputs[{what,who_sees,public,sold}],
//            consultation|participation|co_production, one_off|project_term|ongoing,
//            has_formats, formats.{standard,large_print,easy_read,plain_text,audio,braille}}
//   role.{id,title,summary,tasks[],asks_opinion,asks_story,asks_task,
//         experience_direct[],experience_indirect[],has_experience (either list), in_person|remote|either,place,access,
//         remote_how, sessions[{date,start,end,length,what}], has_sessions, session_count,
//         meeting_count, one_session|many_sessions,
//         pattern{weekly|fortnightly,day,start,end,length,from,until,last,except[],
//                 has_except,session_count,meeting_count,what}, total_time, preparation_time, preparation_paid, preparation_unpaid,
//         paid|voucher|unpaid, rate, per_hour|per_half_day|per_day|per_session, pay_total,
//         pay_how, pay_within, can_decline, expenses_covered[], expenses_not_covered[],
//         expenses_how, expenses_within, expenses_advance, benefits_advice, tax_status,
//         tax_self_employed|tax_payroll|tax_other,
//         adjustments[], wellbeing_before, wellbeing_after, wellbeing_follow_up,
//         has_wellbeing, training, reply_by, apply_by, how_to_apply, cancellation}
//   consent[{id,what,why,optional,required,single_choice|many_uses,
//            uses[{item_what,who_sees,public,sold,kept_until,kept_until_date}],
//            withdraw_how,withdraw_until,withdraw_until_date}]
//            (*_date: the text starts with a date, so "until" reads well before it), has_consent, has_optional_consent
//   person.{name,address}, personal, review (true in a consent review)
// The same list, one name a line, is in context_fields.cpp: a template that names a key
// not listed there (a typo) is an error (fields.hpp), so add each new key there too.
// Lists of text are lists of strings ({{#role.tasks}}- {{.}}{{/role.tasks}}); each list
// `key` that is not empty also sets `has_<key>` (role.has_tasks, project.has_goals, ...).

#include <optional>
#include <string>

#include <kainjow/mustache.hpp>

#include "definitions/project.hpp"
#include "templating/format.hpp"

namespace plainly {

using TemplateData = kainjow::mustache::data;

/// What the context is for: one role, optionally one person, on a given day.
struct ContextRequest {
  const Definitions* definitions = nullptr;
  const Role* role = nullptr;
  const Person* person = nullptr;  ///< nullptr for documents not addressed to anyone
  std::optional<Date> today;
  std::string kind;  ///< the document kind; "consent-review" sets the key `review`
  /// The document style; "easy-read" takes each free text's easy_read wording when the
  /// definitions file gives one (`summary: {text: ..., easy_read: ...}`).
  std::string style;
};

/// Build the Mustache data for one document. Never throws for missing values (validation
/// has already run); formatting problems throw PlainlyError.
TemplateData build_context(const ContextRequest& request, const Formatter& format);

/// Turn a context built with no person into `person`'s: sets `personal` and `person`.
/// build_context(request with person) equals build_context(request without) + add_person.
void add_person(TemplateData& context, const Person& person);

}  // namespace plainly
