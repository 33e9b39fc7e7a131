#pragma once
// The definitions file as plain structs. Nothing after the loader sees YAML nodes.
// Every value keeps the line and column it came from, so later stages (validation,
// the language checker over free text) can point at the exact spot in the YAML.

#include <cstdint>
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
};

using Text = Field<std::string>;
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
};

struct Session {
  Field<Date> date;
  Field<TimeOfDay> start, end;
  Text what;
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
  Text id, title, summary;
  TextList tasks;
  TextList input;  ///< opinion | personal-story | task
  TextList experience_direct, experience_indirect;
  Where where;
  std::vector<Session> sessions;
  TimeCommitment time;
  Pay pay;
  Expenses expenses;
  Text benefits_advice;  ///< YAML: benefits.advice
  Text tax_status;       ///< YAML: tax.status
  Support support;
  Field<Date> reply_by;
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
  Text id, what, why;
  Field<bool> optional;
  std::vector<ConsentUse> uses;
  Text withdraw_how, withdraw_until;  ///< YAML: withdraw.how, withdraw.until
};

struct Person {
  SourcePos pos;
  Text name, role, address;
  Text format;      ///< YAML: needs.format: standard | large-print | easy-read | ...
  Field<int> size;  ///< YAML: needs.size, in points
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
};

}  // namespace plainly
