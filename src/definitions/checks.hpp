#pragma once
// Small checks shared by the validate_*.cpp files (internal to definitions/).

#include <string>
#include <vector>

#include "definitions/project.hpp"
#include "definitions/source_text.hpp"
#include "definitions/validate.hpp"

namespace plainly {

class Checks {
 public:
  Checks(const Definitions& d, const ValidateOptions& opts, std::vector<Diagnostic>& out)
      : d(d), opts(opts), src_(d.path, d.source), out_(out) {}

  const Definitions& d;
  const ValidateOptions& opts;

  /// Report a problem at `pos` (length in characters).
  void problem(SourcePos pos, int length, const std::string& key_path, const std::string& message,
               const std::string& example);
  /// Report `key_path` as missing, at its parent's position.
  void missing(const std::string& key_path);
  /// Position of the key at `key_path`, or of its nearest parent that is there.
  SourcePos key_pos(const std::string& key_path) const;
  /// True if the file has the key at `key_path`.
  bool has_key(const std::string& key_path) const { return d.keys.count(key_path) > 0; }

  /// Report the field missing when it is absent. Returns field.ok().
  template <class T>
  bool require(const Field<T>& f, const std::string& key_path) {
    if (!f.present) missing(key_path);
    return f.ok();
  }
  /// Report a list that is missing or empty. Returns true when it has items.
  template <class T>
  bool require_list(const std::vector<T>& items, const std::string& key_path) {
    if (!items.empty()) return true;
    if (!has_key(key_path)) missing(key_path);
    else problem(key_pos(key_path), 1, key_path, "this list is empty.", example_text(key_path));
    return false;
  }
  /// Check a present, readable value is one of the allowed words. Returns true if so.
  bool one_of(const Text& t, const std::string& key_path);
  /// Check a date is not before options.today.
  void not_past(const Field<Date>& f, const std::string& key_path);
  static std::string example_text(const std::string& key_path);

 private:
  SourceText src_;
  std::vector<Diagnostic>& out_;
};

void check_roles(Checks& c);     // validate_role.cpp
void check_schedule(Checks& c, const Role& r);  // validate_schedule.cpp
void check_consent(Checks& c);   // validate_consent.cpp
void check_pictures(Checks& c);  // validate_pictures.cpp

}  // namespace plainly
