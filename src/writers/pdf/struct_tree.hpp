#pragma once
// The tagged-PDF structure tree, built in C++ while pages are drawn and written into the
// libharu document at the end through its object API (libharu has no tagging API).

#include <hpdf.h>

#include <string>
#include <vector>

namespace plainly::pdf {

/// Structure elements (Document, H1, P, L, LI, Lbl, LBody, Figure, Link, ...), their
/// marked-content ids per page, and link annotations.
/// Elements join their parent's kids only when they first get content, so the kids stay
/// in reading order and no element is empty.
class StructTree {
 public:
  StructTree();

  /// Element 0 is the Document.
  static constexpr int kDocument = 0;

  /// A new element of type `type` (a standard structure type) under `parent`.
  /// `alt` is the alternative text (Figures).
  int add(int parent, const std::string& type, const std::string& alt = {});

  /// The structure type of `elem` ("P", "H1", ...).
  const std::string& type(int elem) const { return elems_[elem].type; }

  /// A new marked-content id on page `page` (0-based) owned by `elem`.
  int mark(int elem, int page);

  /// Record a link annotation on `page` as content of the Link element `elem`.
  void add_annotation(int elem, int page, HPDF_Annotation annot);

  /// Write /StructTreeRoot (with /ParentTree) into `pdf`'s catalog, page /StructParents,
  /// annotation /StructParent, and mark the document as tagged.
  void write(HPDF_Doc pdf, const std::vector<HPDF_Page>& pages) const;

  /// The structure as indented text (for tests and debugging), e.g. "Document\n  H1\n".
  std::string dump() const;

 private:
  struct Kid {
    enum Kind { Elem, Mcid, Annot } kind;
    int index;  ///< element index, MCID, or annotation index
    int page;   ///< Mcid only
  };
  struct Elem {
    std::string type;
    std::string alt;
    int parent = -1;
    bool attached = false;
    std::vector<Kid> kids;
  };
  struct AnnotRef {
    int elem;
    int page;
    HPDF_Annotation annot;
  };
  void attach(int elem);
  void dump_elem(int elem, int depth, std::string& out) const;

  std::vector<Elem> elems_;
  std::vector<std::vector<int>> page_owners_;  ///< per page: MCID -> element
  std::vector<AnnotRef> annots_;
};

/// A PDF text string for `utf8`: a literal when ASCII, else UTF-16BE with a byte order mark.
void* pdf_text_string(HPDF_MMgr mmgr, const std::string& utf8);

}  // namespace plainly::pdf
