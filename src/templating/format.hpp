#pragma once
// Locale-aware formatting of the values documents show (ICU). The one place where money,
// dates, times, lengths of time and counts become text.

#include <string>

#include "definitions/project.hpp"
#include "templating/labels.hpp"

namespace plainly {

/// Formats values for one locale. Cheap to copy; holds only the labels.
class Formatter {
 public:
  explicit Formatter(Labels labels);

  /// "£25" for whole amounts, "£25.50" otherwise.
  std::string money(const Money& m) const;
  /// The date in full: "Tuesday 3 March 2027".
  std::string date(const Date& d) const;
  /// The day of the week: "Tuesday".
  std::string weekday(const Date& d) const;
  /// "10am" on the hour, "1:30pm" otherwise.
  std::string time(const TimeOfDay& t) const;
  /// A length of time: "1 hour", "2 hours", "90 minutes", "2.5 hours".
  std::string hours(double h) const;
  /// A length of time given in minutes: "45 minutes", "2 hours", "90 minutes".
  std::string minutes(int m) const;
  /// A number with its plural label: count(3, "days") is "3 days" (labels.yaml "days").
  std::string count(long n, const std::string& label) const;
  /// A plain number as digits: "3", "2.5".
  std::string number(double n) const;

  const Labels& labels() const { return labels_; }

 private:
  Labels labels_;
};

}  // namespace plainly
