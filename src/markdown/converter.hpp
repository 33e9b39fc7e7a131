#pragma once
// Internal: walks a cmark-gfm tree (iteratively, with cmark_iter) and builds the model.
// The walk keeps an explicit stack of frames, so deep input never deepens the C++ stack.

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "markdown/source_map.hpp"
#include "model/node.hpp"

namespace plainly {

class MarkdownConverter {
 public:
  MarkdownConverter(const std::string& markdown, const std::string& source_name,
                    const std::string& language);

  /// Convert the cmark document. Throws PlainlyError (exit 2) for Markdown we do not accept.
  Node convert(cmark_node* document);

 private:
  enum class Mode {
    Normal,       // children are appended to `target`
    Transparent,  // a cmark node with no model node: children go to `target` (the parent's)
    Row,          // an easy-read row: inlines are split into sentence paragraphs
    Consent,      // a consent choice: its one paragraph's inlines go into it
  };
  struct Frame {
    cmark_node* source = nullptr;
    Node* target = nullptr;
    Mode mode = Mode::Normal;
    int lists = 0;           // lists open around this frame
    int inlines = 0;         // emphasis/strong/link levels open around this frame
    bool new_sentence = false;  // Row: the next inline starts a new sentence
    bool has_paragraph = false;  // Consent: its paragraph has been seen
  };

  void enter(cmark_node* n, cmark_iter* iter);
  void leave(cmark_node* n);

  void enter_heading(cmark_node* n);
  void enter_paragraph(cmark_node* n, cmark_iter* iter);
  void enter_list(cmark_node* n);
  void enter_item(cmark_node* n);
  void enter_inline_container(cmark_node* n, NodeKind kind);
  void enter_image(cmark_node* n, cmark_iter* iter);
  void add_text(cmark_node* n, const std::string& text);
  void add_break(cmark_node* n, bool hard);

  /// Where the next inline goes (in a row: the current sentence, made when needed).
  Node& inline_parent(cmark_node* n);
  Node& push_block(cmark_node* n, NodeKind kind, Mode mode = Mode::Normal);
  void push_transparent(cmark_node* n, Mode mode = Mode::Transparent);

  bool is_easy_read_row(cmark_node* paragraph) const;
  bool signature_label(cmark_node* paragraph, std::string* label) const;
  void finish_row(cmark_node* n, Node& row);

  SourcePos pos(cmark_node* n);
  [[noreturn]] void fail(cmark_node* n, const std::string& message,
                         const std::string& example = "");

  const std::string& markdown_;
  std::string source_name_;
  SourceMap map_;
  Node doc_;
  std::vector<Frame> frames_;
  int last_heading_level_ = 0;
  SourcePos first_title_pos_;
};

}  // namespace plainly
