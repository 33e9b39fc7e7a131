#include "markdown/parser.hpp"

#include "markdown/cmark_handles.hpp"
#include "markdown/converter.hpp"

namespace plainly {

Node parse_markdown(const std::string& markdown, const std::string& source_name,
                    const std::string& language) {
  CmarkNodePtr document = cmark_parse_gfm(markdown);
  MarkdownConverter converter(markdown, source_name, language);
  return converter.convert(document.get());
}

}  // namespace plainly
