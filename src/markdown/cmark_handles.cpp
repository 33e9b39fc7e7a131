#include "markdown/cmark_handles.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <cstring>
#include <mutex>

namespace plainly {

CmarkNodePtr cmark_parse_gfm(const std::string& markdown) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  CmarkParserPtr parser(cmark_parser_new(CMARK_OPT_VALIDATE_UTF8));
  if (cmark_syntax_extension* tasks = cmark_find_syntax_extension("tasklist")) {
    cmark_parser_attach_syntax_extension(parser.get(), tasks);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return CmarkNodePtr(cmark_parser_finish(parser.get()));
}

bool cmark_is_task_item(cmark_node* item) {
  const char* type = cmark_node_get_type_string(item);
  return type != nullptr && std::strcmp(type, "tasklist") == 0;
}

bool cmark_task_checked(cmark_node* item) {
  return cmark_gfm_extensions_get_tasklist_item_checked(item);
}

std::string cmark_literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s ? s : "";
}

std::string cmark_url(cmark_node* node) {
  const char* s = cmark_node_get_url(node);
  return s ? s : "";
}

std::string cmark_inline_text(cmark_node* node) {
  std::string out;
  CmarkIterPtr iter(cmark_iter_new(node));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(iter.get());
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += cmark_literal(n);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  return out;
}

}  // namespace plainly
