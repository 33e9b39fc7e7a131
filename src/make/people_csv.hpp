#pragma once
// `plainly make --people FILE.csv`: people read from a spreadsheet export, added to the
// definitions' `people:`.

#include <string>
#include <vector>

#include "definitions/project.hpp"

namespace plainly {

/// Read people from a CSV file with a header row naming the columns name, role, format,
/// size and address (in any order; name and role are needed). Fields may be quoted
/// ("Flat 2, 10 High St"), with "" for a quote inside. Every bad row is reported with
/// file:line:col (an unknown role, an unknown format, a size that is not a number or is
/// out of range) and PlainlyError (exit 2) is thrown; nothing is added then.
std::vector<Person> load_people_csv(const std::string& path, const Definitions& defs);

}  // namespace plainly
