#include "definitions/schema.hpp"

#include <map>

namespace plainly {

std::string generic_path(const std::string& key_path) {
  std::string out;
  int depth = 0;
  for (char c : key_path) {
    if (c == '[') ++depth;
    else if (c == ']') --depth;
    else if (depth == 0) out += c;
  }
  return out;
}

std::string last_key(const std::string& key_path) {
  std::string g = generic_path(key_path);
  size_t dot = g.rfind('.');
  return dot == std::string::npos ? g : g.substr(dot + 1);
}

bool has_easy_read_form(const std::string& key_path) {
  static const std::vector<std::string> paths = {
      "contact.hours", "project.summary", "project.goals", "project.outputs.what",
      "project.outputs.who_sees", "roles.summary", "roles.tasks", "roles.experience.direct",
      "roles.experience.indirect", "roles.where.access", "roles.where.remote_how",
      "roles.sessions.what", "roles.pattern.what", "roles.pay.how", "roles.expenses.covered",
      "roles.expenses.not_covered", "roles.expenses.how_to_claim", "roles.benefits.advice",
      "roles.support.adjustments", "roles.support.training", "roles.how_to_apply",
      "roles.cancellation", "consent.what", "consent.why", "consent.uses.who_sees",
      "consent.withdraw.how"};
  std::string g = generic_path(key_path);
  for (const auto& p : paths)
    if (p == g) return true;
  return false;
}

const std::vector<std::string>& allowed_keys(const std::string& group) {
  static const std::map<std::string, std::vector<std::string>> keys = {
      {"", {"version", "locale", "organisation", "contact", "project", "roles", "consent", "people", "pictures"}},
      {"organisation", {"name", "address"}},
      {"contact", {"name", "role", "phone", "email", "hours"}},
      {"project", {"id", "title", "summary", "purpose", "level", "term", "goals", "outputs", "formats_offered"}},
      {"project.outputs", {"what", "who_sees", "public", "sold"}},
      {"roles", {"id", "title", "summary", "tasks", "input", "experience", "where", "sessions", "pattern",
                 "time", "pay", "expenses", "benefits", "tax", "support", "reply_by", "apply_by",
                 "how_to_apply", "cancellation"}},
      {"roles.experience", {"direct", "indirect"}},
      {"roles.where", {"mode", "place", "access", "remote_how"}},
      {"roles.sessions", {"date", "start", "end", "what"}},
      {"roles.pattern", {"every", "day", "start", "end", "from", "until", "except", "what"}},
      {"roles.time", {"total_hours", "preparation_hours", "preparation_paid"}},
      {"roles.pay", {"kind", "rate", "per", "how", "within_days", "can_decline"}},
      {"roles.expenses", {"covered", "not_covered", "how_to_claim", "paid_within_days", "paid_in_advance_on_request"}},
      {"roles.benefits", {"advice"}},
      {"roles.tax", {"status"}},
      {"roles.support", {"adjustments", "wellbeing_checks", "training"}},
      {"consent", {"id", "what", "why", "optional", "uses", "withdraw"}},
      {"consent.uses", {"who_sees", "public", "sold", "kept_until"}},
      {"consent.withdraw", {"how", "until"}},
      {"people", {"name", "role", "address", "needs"}},
      {"people.needs", {"format", "size"}},
      {"pictures", {"file", "alt"}},  // each picture's long form; the keys of `pictures` are concepts
  };
  static const std::vector<std::string> none, easy_read_form = {"text", "easy_read"};
  if (has_easy_read_form(group)) return easy_read_form;
  auto it = keys.find(group);
  return it == keys.end() ? none : it->second;
}

std::string example_for(const std::string& key_path) {
  static const std::map<std::string, std::string> examples = {
      {"version", "version: 1"},
      {"locale", "locale: en-GB"},
      {"organisation", "organisation: {name: Riverside NHS Foundation Trust, address: \"12 Mill Lane, Leeds LS1 4AB\"}"},
      {"organisation.name", "name: Riverside NHS Foundation Trust"},
      {"organisation.address", "address: \"Riverside House, 12 Mill Lane, Leeds LS1 4AB\""},
      {"contact", "contact: {name: Priya Shah, phone: 0113 496 0123}"},
      {"contact.name", "name: Priya Shah"},
      {"contact.role", "role: Involvement Lead"},
      {"contact.phone", "phone: 0113 496 0123"},
      {"contact.email", "email: priya.shah@example.org"},
      {"contact.hours", "hours: Monday to Friday, 9am to 5pm"},
      {"project", "project: {id: crisis-line-review, title: Reviewing our crisis line, ...}"},
      {"project.id", "id: crisis-line-review"},
      {"project.title", "title: Reviewing our crisis line"},
      {"project.summary", "summary: We are reviewing how our crisis line answers calls."},
      {"project.purpose", "purpose: explanatory"},
      {"project.level", "level: consultation"},
      {"project.term", "term: one-off"},
      {"project.goals", "goals: [A new training course for crisis line staff]"},
      {"project.outputs", "outputs: [{what: A report, who_sees: the board, public: yes, sold: no}]"},
      {"project.outputs.what", "what: A report of what people told us"},
      {"project.outputs.who_sees", "who_sees: the Trust board and the people who took part"},
      {"project.outputs.public", "public: yes"},
      {"project.outputs.sold", "sold: no"},
      {"project.formats_offered", "formats_offered: [standard, large-print, easy-read]"},
      {"roles", "roles: [{id: focus-group-member, title: Focus group member, ...}]"},
      {"roles.id", "id: peer-trainer"},
      {"roles.title", "title: Peer trainer"},
      {"roles.summary", "summary: You help us plan and deliver a course for crisis line staff."},
      {"roles.tasks", "tasks: [Plan the course with us, Co-deliver two sessions]"},
      {"roles.input", "input: [opinion, personal-story]"},
      {"roles.experience", "experience: {direct: [Using a crisis line in the last five years]}"},
      {"roles.experience.direct", "direct: [Using a crisis line in the last five years]"},
      {"roles.experience.indirect", "indirect: [Caring for someone who used a crisis line]"},
      {"roles.where", "where: {mode: remote, remote_how: Microsoft Teams}"},
      {"roles.where.mode", "mode: either"},
      {"roles.where.place", "place: \"Room 2, Riverside House, 12 Mill Lane, Leeds LS1 4AB\""},
      {"roles.where.access", "access: Step-free entrance, lift to all floors, accessible toilet"},
      {"roles.where.remote_how", "remote_how: Microsoft Teams; we email you the link 2 days before"},
      {"roles.sessions", "sessions: [{date: 2027-03-02, start: \"10:00\", end: \"12:00\", what: Focus group}]"},
      {"roles.sessions.date", "date: 2027-03-02"},
      {"roles.sessions.start", "start: \"10:00\""},
      {"roles.sessions.end", "end: \"12:00\""},
      {"roles.sessions.what", "what: Focus group about the crisis line"},
      {"roles.pattern", "pattern: {every: week, day: Tuesday, start: \"10:00\", end: \"12:00\", from: 2027-04-06, until: 2027-09-28}"},
      {"roles.pattern.every", "every: week"},
      {"roles.pattern.day", "day: Tuesday"},
      {"roles.pattern.start", "start: \"10:00\""},
      {"roles.pattern.end", "end: \"12:00\""},
      {"roles.pattern.from", "from: 2027-04-06"},
      {"roles.pattern.until", "until: 2027-09-28"},
      {"roles.pattern.except", "except: [2027-05-25]"},
      {"roles.pattern.what", "what: Peer support group"},
      {"roles.time", "time: {total_hours: 2}"},
      {"roles.time.total_hours", "total_hours: 2"},
      {"roles.time.preparation_hours", "preparation_hours: 1"},
      {"roles.time.preparation_paid", "preparation_paid: yes"},
      {"roles.pay", "pay: {kind: paid, rate: £25, per: hour, how: bank transfer, within_days: 14}"},
      {"roles.pay.kind", "kind: paid"},
      {"roles.pay.rate", "rate: £25"},
      {"roles.pay.per", "per: hour"},
      {"roles.pay.how", "how: bank transfer"},
      {"roles.pay.within_days", "within_days: 14"},
      {"roles.pay.can_decline", "can_decline: yes"},
      {"roles.expenses", "expenses: {covered: [bus and train fares], how_to_claim: ..., paid_within_days: 14}"},
      {"roles.expenses.covered", "covered: [bus and train fares, parking]"},
      {"roles.expenses.not_covered", "not_covered: [meals]"},
      {"roles.expenses.how_to_claim", "how_to_claim: Send your tickets or receipts to Priya by email or post"},
      {"roles.expenses.paid_within_days", "paid_within_days: 14"},
      {"roles.expenses.paid_in_advance_on_request", "paid_in_advance_on_request: yes"},
      {"roles.benefits", "benefits: {advice: \"Citizens Advice, 0800 144 8848\"}"},
      {"roles.benefits.advice", "advice: \"Citizens Advice, 0800 144 8848\""},
      {"roles.tax", "tax: {status: self-employed}"},
      {"roles.tax.status", "status: self-employed"},
      {"roles.support", "support: {wellbeing_checks: [before, after]}"},
      {"roles.support.adjustments", "adjustments: [a quiet room for breaks]"},
      {"roles.support.wellbeing_checks", "wellbeing_checks: [before, after]"},
      {"roles.support.training", "training: A half-day induction, paid at the same rate"},
      {"roles.reply_by", "reply_by: 2027-02-16"},
      {"roles.apply_by", "apply_by: 2027-02-02"},
      {"roles.how_to_apply", "how_to_apply: Phone or email Priya and tell us a little about yourself"},
      {"roles.cancellation", "cancellation: If we cancel less than 2 days before, we pay you in full"},
      {"consent", "consent: [{id: quotes, what: ..., why: ..., uses: [...], withdraw: {...}}]"},
      {"consent.id", "id: quotes"},
      {"consent.what", "what: Quotes from what you say in the focus group, with no name"},
      {"consent.why", "why: To show the board what people told us, in their own words"},
      {"consent.optional", "optional: yes"},
      {"consent.uses", "uses: [{who_sees: the project team, public: no, sold: no, kept_until: 2028-03-31}]"},
      {"consent.uses.who_sees", "who_sees: the project team"},
      {"consent.uses.public", "public: no"},
      {"consent.uses.sold", "sold: no"},
      {"consent.uses.kept_until", "kept_until: 2028-03-31"},
      {"consent.withdraw", "withdraw: {how: Tell Priya by phone or email, until: 2027-05-31}"},
      {"consent.withdraw.how", "how: Tell Priya by phone or email"},
      {"consent.withdraw.until", "until: 2027-05-31"},
      {"people", "people: [{name: Sam Jones, role: peer-trainer}]"},
      {"people.name", "name: Sam Jones"},
      {"people.role", "role: peer-trainer"},
      {"people.address", "address: \"4 Park Road, Leeds LS6 2AB\""},
      {"people.needs", "needs: {format: large-print, size: 20}"},
      {"people.needs.format", "format: large-print"},
      {"people.needs.size", "size: 20"},
      {"pictures", "pictures: {money: pictures/our-cash.jpg}"},
      {"pictures.file", "file: pictures/our-meeting-room.png"},
      {"pictures.alt", "alt: Our meeting room at Oak House"},
  };
  auto it = examples.find(generic_path(key_path));
  return it == examples.end() ? "" : "For example: " + it->second;
}

std::string list_noun(const std::string& key_path) {
  static const std::map<std::string, std::string> nouns = {
      {"project.goals", "goals"}, {"project.outputs", "outputs"}, {"project.formats_offered", "formats"},
      {"roles", "roles"}, {"roles.tasks", "tasks"}, {"roles.input", "kinds of input"},
      {"roles.experience.direct", "experiences"}, {"roles.experience.indirect", "experiences"},
      {"roles.sessions", "sessions"}, {"roles.pattern.except", "dates"},
      {"roles.expenses.covered", "expenses"}, {"roles.expenses.not_covered", "expenses"},
      {"roles.support.adjustments", "adjustments"}, {"roles.support.wellbeing_checks", "wellbeing checks"},
      {"consent", "consent items"}, {"consent.uses", "uses"}, {"people", "people"},
  };
  auto it = nouns.find(generic_path(key_path));
  return it == nouns.end() ? "items" : it->second;
}

const std::vector<std::string>& allowed_values(const std::string& key_path) {
  static const std::map<std::string, std::vector<std::string>> values = {
      {"locale", {"en-GB"}},
      {"project.purpose", {"exploratory", "explanatory", "emancipatory"}},
      {"project.level", {"consultation", "participation", "co-production"}},
      {"project.term", {"one-off", "project", "ongoing-role"}},
      {"project.formats_offered", {"standard", "large-print", "easy-read", "plain-text", "audio", "braille"}},
      {"roles.input", {"opinion", "personal-story", "task"}},
      {"roles.where.mode", {"in-person", "remote", "either"}},
      {"roles.pattern.every", {"week", "fortnight"}},
      {"roles.pattern.day", {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}},
      {"roles.pay.kind", {"paid", "voucher", "unpaid"}},
      {"roles.pay.per", {"hour", "half-day", "day", "session"}},
      {"roles.support.wellbeing_checks", {"before", "after", "follow-up"}},
      {"people.needs.format", {"standard", "large-print", "easy-read", "plain-text", "audio", "braille"}},
  };
  static const std::vector<std::string> none;
  auto it = values.find(generic_path(key_path));
  return it == values.end() ? none : it->second;
}

}  // namespace plainly
