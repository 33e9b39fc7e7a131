#pragma once

#include <string>
#include <string_view>

namespace plainly {

/// Which quote characters `escape_markup` turns into entities, besides & < and >.
enum class EscapeQuotes {
  Double,  ///< only " (enough inside double-quoted HTML attributes and text)
  Both,    ///< " and ' (XML such as XMP metadata, where either quote may delimit)
};

/// Escapes text for HTML or XML: & < > and the chosen quotes become entities.
std::string escape_markup(std::string_view s, EscapeQuotes quotes = EscapeQuotes::Double);

}  // namespace plainly
