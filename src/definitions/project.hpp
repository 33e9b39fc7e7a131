#pragma once
// The definitions file as plain structs. Nothing after the loader sees YAML nodes.
// Every value keeps the line and column it came from, so later stages (validation,
// the language checker over free text) can point at the exact spot in the YAML.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace plainly {

/// A value read from the definitions file, with where it was (or would have been) found.
template <class T>
struct Field {
  T value{};
  SourcePos pos;         ///< position of the value (or of the parent key when absent)
  bool present = false;  ///< false when the key was missing
  /// false when the key was there but its value could not be used (a placeholder, an
  /// empty value, or not a real date, time, amount, number...). The loader has already
  /// recorded a problem for it in Definitions::value_problems, so later checks skip it.
  bool readable = true;
  /// True when the key was there and its value is usable.
  bool ok() const { return present && readable; }
};

/// Free text. Most free-text fields may also be written `{text: "...", easy_read: "..."}`
/// (see has_easy_read_form in schema.hpp): `value` is then the text, and `easy_read` the
/// wording that easy-read documents show instead. `easy_read.present` is false otherwise.
struct Text : Field<std::string> {
  Field<std::string> easy_read;
};
using TextList = std::vector<Text>;

/// A real calendar date (validated by the loader).
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

/// A time of day on the 24-hour clock.
struct TimeOfDay {
  int hour = 0, minute = 0;
  int minutes() const { return hour * 60 + minute; }
  auto operator<=>(const TimeOfDay&) const = default;
};

/// An amount of money in minor units (pence), with its ISO 4217 currency code.
struct Money {
  std::string currency = "GBP";
  std::int64_t minor = 0;  ///< 2550 means £25.50
};

struct Organisation {
  Text name;
  Text address;
};

/// The named person to contact with questions and worries.
struct Contact {
  Text name, role, phone, email, hours;
};

struct Output {
  Text what;
  Text who_sees;
  Field<bool> is_public;  ///< YAML key: public
  Field<bool> sold;
};

struct ProjectInfo {
  Text id, title, summary;
  Text purpose;  ///< exploratory | explanatory | emancipatory
  Text level;    ///< consultation | participation | co-production
  Text term;     ///< one-off | project | ongoing-role
  TextList goals;
  std::vector<Output> outputs;
  /// The formats people can ask for (adverts list them):
  /// standard | large-print | easy-read | plain-text | audio | braille. YAML: formats_offered
  TextList formats_offered;
};

struct Session {
  Field<Date> date;
  Field<TimeOfDay> start, end;
  Text what;
};

/// A repeating pattern of sessions, instead of (or as well as) a list of dates. YAML:
///   pattern: {every: week, day: Tuesday, start: "10:00", end: "12:00",
///             from: 2027-04-06, until: 2027-09-28, except: [2027-05-25], what: "..."}
/// `from` must itself be a `day` (so the first session is plain), `until` is the last
/// possible session date, and `except` lists dates on the pattern with no session.
struct RepeatPattern {
  bool present = false;  ///< false when the role has no pattern
  SourcePos pos;         ///< position of the `pattern:` key
  Text every;            ///< week | fortnight
  Text day;              ///< Monday ... Sunday
  Field<TimeOfDay> start, end;
  Field<Date> from, until;
  std::vector<Field<Date>> except;
  Text what;  ///< what happens at each session
};

struct Where {
  Text mode;  ///< in-person | remote | either
  Text place, access, remote_how;
};

struct TimeCommitment {
  Field<double> total_hours;
  Field<double> preparation_hours;
  Field<bool> preparation_paid;
};

struct Pay {
  Text kind;  ///< paid | voucher | unpaid
  Field<Money> rate;
  Text per;  ///< hour | half-day | day | session
  Text how;  ///< e.g. "bank transfer"
  Field<int> within_days;
  Field<bool> can_decline;  ///< the person may choose not to be paid (e.g. for benefits)
};

struct Expenses {
  TextList covered, not_covered;
  Text how_to_claim;
  Field<int> paid_within_days;
  Field<bool> paid_in_advance_on_request;
};

struct Support {
  TextList adjustments;
  TextList wellbeing_checks;  ///< before | after | follow-up
  Text training;
};

struct Role {
  SourcePos pos;  ///< where this role's mapping starts
  std::string key_path;  ///< how messages name it: "roles[peer-trainer]" or "roles[1]"
  Text id, title, summary;
  TextList tasks;
  TextList input;  ///< opinion | personal-story | task
  TextList experience_direct, experience_indirect;
  Where where;
  std::vector<Session> sessions;
  RepeatPattern pattern;  ///< a repeating pattern (see RepeatPattern); sessions may then be empty
  TimeCommitment time;
  Pay pay;
  Expenses expenses;
  Text benefits_advice;  ///< YAML: benefits.advice
  Text tax_status;       ///< YAML: tax.status
  Support support;
  Field<Date> reply_by;  ///< the date a person must answer an offer by
  Field<Date> apply_by;  ///< the closing date for applications (adverts)
  Text how_to_apply;
  Text cancellation;  ///< what happens if we cancel or the person cannot come
};

struct ConsentUse {
  Text who_sees;
  Field<bool> is_public;  ///< YAML key: public
  Field<bool> sold;
  Text kept_until;
};

struct ConsentItem {
  SourcePos pos;
  std::string key_path;  ///< how messages name it: "consent[quotes]" or "consent[0]"
  Text id, what, why;
  Field<bool> optional;
  std::vector<ConsentUse> uses;
  Text withdraw_how, withdraw_until;  ///< YAML: withdraw.how, withdraw.until
};

struct Person {
  SourcePos pos;
  std::string key_path;  ///< how messages name this person: "people[0]"
  Text name, role, address;
  Text format;      ///< YAML: needs.format: standard | large-print | easy-read | ...
  Field<int> size;  ///< YAML: needs.size, in points
};

/// One easy-read picture chosen in the definitions file, replacing the built-in picture for
/// a concept. YAML, short or long form:
///   pictures:
///     money: pictures/our-cash.jpg
///     meeting: {file: pictures/room.png, alt: "Our meeting room at Oak House"}
/// `file` is relative to the definitions file; `alt` is optional (default: the concept's).
struct PictureChoice {
  SourcePos pos;         ///< where the concept key is
  std::string key_path;  ///< how messages name it: "pictures[money]"
  Text id;               ///< the concept id, e.g. "money" (the key)
  Text file;             ///< the path as written
  Text alt;              ///< alternative text; not present means the concept's own
};

/// The whole definitions file.
struct Definitions {
  std::string path;    ///< as the user gave it, for messages
  std::string source;  ///< the file's text, for quoting lines in messages
  Field<int> version;
  Text locale;
  Organisation organisation;
  Contact contact;
  ProjectInfo project;
  std::vector<Role> roles;
  std::vector<ConsentItem> consent;
  std::vector<Person> people;
  std::vector<PictureChoice> pictures;  ///< YAML: pictures (easy-read picture overrides)
  /// True when some free text has an easy-read wording (`{text: ..., easy_read: ...}`).
  bool has_easy_read = false;

  /// Every key the file has, by key path (e.g. "roles[peer-trainer].pay.rate"), with the
  /// position of the key itself. Lets later checks point a missing key at its parent.
  std::map<std::string, SourcePos> keys;
  /// Problems with single values found while loading (placeholders, empty values, dates
  /// that are not real, money without a currency, ...). validate() reports them with the
  /// rest; loading does not throw for them.
  std::vector<Diagnostic> value_problems;
};

}  // namespace plainly
