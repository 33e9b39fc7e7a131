#include "markdown/converter.hpp"

#include "core/error.hpp"
#include "markdown/cmark_handles.hpp"
#include "markdown/parser.hpp"

namespace plainly {

MarkdownConverter::MarkdownConverter(const std::string& markdown, const std::string& source_name,
                                     const std::string& language)
    : markdown_(markdown), source_name_(source_name), map_(markdown) {
  doc_.kind = NodeKind::Document;
  doc_.alt = language;
  doc_.pos = SourcePos{1, 1};
}

Node MarkdownConverter::convert(cmark_node* document) {
  frames_.push_back(Frame{document, &doc_, Mode::Normal, 0, 0, false, false});
  CmarkIterPtr iter(cmark_iter_new(document));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter.get());
    if (n == document) continue;
    if (ev == CMARK_EVENT_ENTER) {
      enter(n, iter.get());
    } else if (ev == CMARK_EVENT_EXIT) {
      leave(n);
    }
  }
  frames_.clear();
  return std::move(doc_);
}

SourcePos MarkdownConverter::pos(cmark_node* n) {
  // Soft and hard breaks carry no position in cmark-gfm: use the nearest ancestor's.
  for (cmark_node* p = n; p != nullptr; p = cmark_node_parent(p)) {
    int line = cmark_node_get_start_line(p);
    if (line > 0) return map_.position(line, cmark_node_get_start_column(p));
  }
  return SourcePos{1, 1};
}

void MarkdownConverter::fail(cmark_node* n, const std::string& message, const std::string& example) {
  Diagnostic d;
  d.file = source_name_;
  d.pos = pos(n);
  d.message = message;
  d.example = example;
  d.source_line = map_.line_text(d.pos.line);
  throw PlainlyError(ExitCode::BadInput, format_diagnostic(d), {d});
}

void MarkdownConverter::enter(cmark_node* n, cmark_iter* iter) {
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_HEADING: return enter_heading(n);
    case CMARK_NODE_PARAGRAPH: return enter_paragraph(n, iter);
    case CMARK_NODE_LIST: return enter_list(n);
    case CMARK_NODE_ITEM: return enter_item(n);
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE: return add_text(n, cmark_literal(n));
    case CMARK_NODE_SOFTBREAK: return add_break(n, false);
    case CMARK_NODE_LINEBREAK: return add_break(n, true);
    case CMARK_NODE_EMPH: return enter_inline_container(n, NodeKind::Emphasis);
    case CMARK_NODE_STRONG: return enter_inline_container(n, NodeKind::Strong);
    case CMARK_NODE_LINK: return enter_inline_container(n, NodeKind::Link);
    case CMARK_NODE_IMAGE: return enter_image(n, iter);
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_HTML_INLINE:
      fail(n, "Raw HTML is not allowed in a document.",
           "Write plain text, or put a backslash before the < to show it as it is: \\<b>.");
    case CMARK_NODE_BLOCK_QUOTE:
      fail(n, "Quotes (lines that start with >) are not supported.",
           "Put a backslash before the > to show it as it is: \\>.");
    case CMARK_NODE_CODE_BLOCK:
      fail(n, "Code blocks (indented or fenced text) are not supported.",
           "Write the text as an ordinary paragraph, with no spaces before it.");
    case CMARK_NODE_THEMATIC_BREAK:
      fail(n, "A line of dashes, stars or underscores is not supported: screen readers read it out.",
           "Start a new part with a heading instead: ## Next part");
    default:
      fail(n, std::string("This kind of Markdown is not supported: ") +
                  cmark_node_get_type_string(n) + ".");
  }
}

void MarkdownConverter::leave(cmark_node* n) {
  if (frames_.size() <= 1 || frames_.back().source != n) return;
  Frame& f = frames_.back();
  if (f.mode == Mode::Row) finish_row(n, *f.target);
  if (f.target->kind == NodeKind::Heading && f.target->level == 1 && doc_.text.empty()) {
    doc_.text = plain_text(*f.target);
  }
  if (f.mode == Mode::Consent && f.target->children.empty()) {
    fail(n, "This consent choice has no question.", "- [ ] Can we record the session?");
  }
  frames_.pop_back();
}

Node& MarkdownConverter::push_block(cmark_node* n, NodeKind kind, Mode mode) {
  Frame parent = frames_.back();
  // Markdown can put a block where our model has no place for it (a heading inside a consent
  // choice, found by fuzzing): report it like any other template mistake, never throw.
  if (!can_contain(parent.target->kind, kind)) {
    fail(n, std::string("A ") + node_kind_name(kind) + " cannot go inside a " +
                node_kind_name(parent.target->kind) + " here.",
         "Put it on its own line after a blank line, outside the list.");
  }
  Node node = make_node(kind);
  node.pos = pos(n);
  Node& added = parent.target->append(std::move(node));
  frames_.push_back(Frame{n, &added, mode, parent.lists, parent.inlines, false, false});
  return added;
}

void MarkdownConverter::push_transparent(cmark_node* n, Mode mode) {
  Frame f = frames_.back();
  f.source = n;
  f.mode = mode;
  frames_.push_back(f);
}

void MarkdownConverter::enter_heading(cmark_node* n) {
  int level = cmark_node_get_heading_level(n);
  if (level > 3) {
    fail(n, "Headings go down to level 3 only (###).", "Use ### here, or make it a paragraph.");
  }
  if (level == 1 && first_title_pos_.line > 0) {
    fail(n, "This is a second level-1 heading (#). A document has one title, at the top.",
         "Use ## for this heading.");
  }
  if (level > last_heading_level_ + 1) {
    std::string prev = last_heading_level_ == 0 ? "no heading before it"
                                                : "level " + std::to_string(last_heading_level_);
    fail(n, "This heading skips a level: it is level " + std::to_string(level) + " after " +
                prev + ".",
         "Use " + std::string(static_cast<size_t>(last_heading_level_ + 1), '#') + " here.");
  }
  if (level == 1) first_title_pos_ = pos(n);
  last_heading_level_ = level;
  Node& h = push_block(n, NodeKind::Heading);
  h.level = level;
}

void MarkdownConverter::enter_paragraph(cmark_node* n, cmark_iter* iter) {
  Frame& parent = frames_.back();
  if (parent.mode == Mode::Consent) {
    if (parent.has_paragraph) {
      fail(n, "A consent choice is one question in one paragraph.",
           "Put any more text in a paragraph after the choices.");
    }
    parent.has_paragraph = true;
    push_transparent(n, Mode::Transparent);
    return;
  }
  std::string label;
  if (signature_label(n, &label)) {
    Node line = make_node(NodeKind::SignatureLine, label);
    line.pos = pos(n);
    parent.target->append(std::move(line));
    cmark_iter_reset(iter, n, CMARK_EVENT_EXIT);
    return;
  }
  if (is_easy_read_row(n)) {
    push_block(n, NodeKind::EasyReadRow, Mode::Row);
    return;
  }
  push_block(n, NodeKind::Paragraph);
}

void MarkdownConverter::enter_list(cmark_node* n) {
  if (frames_.back().mode == Mode::Consent) {
    fail(n, "A consent choice cannot hold a list. Ask each thing as its own choice.",
         "- [ ] Can we record the session?");
  }
  int tasks = 0, others = 0;
  for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
    (cmark_is_task_item(item) ? tasks : others)++;
  }
  if (tasks > 0 && others > 0) {
    fail(n, "This list mixes consent choices (- [ ]) and ordinary points.",
         "Put the consent choices in a list of their own, after a paragraph.");
  }
  if (tasks > 0) {  // a run of consent choices: no List node in the model
    push_transparent(n);
    return;
  }
  if (frames_.back().lists >= kMaxListNesting) {
    fail(n, "These lists are nested more than " + std::to_string(kMaxListNesting) +
                " deep. Readers cannot follow that.",
         "Use at most 2 or 3 levels of points.");
  }
  Node& list = push_block(n, NodeKind::List);
  list.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
  if (list.ordered) list.start = cmark_node_get_list_start(n);  // "3. Bring ..." starts at 3
  frames_.back().lists += 1;
}

void MarkdownConverter::enter_item(cmark_node* n) {
  if (!cmark_is_task_item(n)) {
    push_block(n, NodeKind::ListItem);
    return;
  }
  if (cmark_task_checked(n)) {
    fail(n, "This consent box is already ticked. Consent is never ticked for someone.",
         "Write an empty box: - [ ] Can we record the session?");
  }
  push_block(n, NodeKind::ConsentChoice, Mode::Consent);
}

void MarkdownConverter::enter_inline_container(cmark_node* n, NodeKind kind) {
  const Frame& parent = frames_.back();
  if (parent.inlines >= kMaxInlineNesting) {  // flatten: keep the text, drop the nesting
    push_transparent(n);
    return;
  }
  // cmark-gfm can put an autolink inside a link's text ("[<a@b.c>]()"); links never nest
  // in the model, so keep the inner link's text and drop the inner link (found by fuzzing).
  if (kind == NodeKind::Link) {
    for (const Frame& f : frames_) {
      if (f.target && f.target->kind == NodeKind::Link) {
        push_transparent(n);
        return;
      }
    }
  }
  Node node = make_node(kind);
  node.pos = pos(n);
  if (kind == NodeKind::Link) node.url = cmark_url(n);
  Node& added = inline_parent(n).append(std::move(node));
  frames_.push_back(Frame{n, &added, Mode::Normal, parent.lists, parent.inlines + 1, false, false});
}

void MarkdownConverter::enter_image(cmark_node* n, cmark_iter* iter) {
  Node image = make_node(NodeKind::Image);
  image.pos = pos(n);
  image.url = cmark_url(n);
  image.alt = cmark_inline_text(n);
  Frame& parent = frames_.back();
  bool row_picture = parent.mode == Mode::Row && parent.target->children.empty();
  if (image.alt.empty() && !(row_picture && image.url.rfind("picture:", 0) == 0)) {
    fail(n, "This picture has no alternative text. Say what it shows between the [ ].",
         "![A calendar](calendar.png)");
  }
  if (row_picture) {
    parent.target->append(std::move(image));
  } else {
    inline_parent(n).append(std::move(image));
  }
  cmark_iter_reset(iter, n, CMARK_EVENT_EXIT);
}

Node& MarkdownConverter::inline_parent(cmark_node* n) {
  Frame& f = frames_.back();
  if (f.mode != Mode::Row) return *f.target;
  Node& row = *f.target;
  if (f.new_sentence || row.children.empty() || row.children.back().kind != NodeKind::Paragraph) {
    f.new_sentence = false;
    Node sentence = make_node(NodeKind::Paragraph);
    sentence.pos = pos(n);
    row.append(std::move(sentence));
  }
  return row.children.back();
}

void MarkdownConverter::add_text(cmark_node* n, const std::string& text) {
  if (text.empty()) return;
  Node& parent = inline_parent(n);
  if (!parent.children.empty() && parent.children.back().kind == NodeKind::Text) {
    parent.children.back().text += text;
    return;
  }
  Node t = make_node(NodeKind::Text, text);
  t.pos = pos(n);
  parent.append(std::move(t));
}

void MarkdownConverter::add_break(cmark_node* n, bool hard) {
  Frame& f = frames_.back();
  if (f.mode == Mode::Row) {  // each line of a row is one sentence
    f.new_sentence = true;
    return;
  }
  if (!hard) return add_text(n, " ");
  Node br = make_node(NodeKind::LineBreak);
  br.pos = pos(n);
  inline_parent(n).append(std::move(br));
}

}  // namespace plainly
