#include "core/markup.hpp"

namespace plainly {

std::string escape_markup(std::string_view s, EscapeQuotes quotes) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'':
        if (quotes == EscapeQuotes::Both) {
          out += "&apos;";
        } else {
          out += c;
        }
        break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace plainly
