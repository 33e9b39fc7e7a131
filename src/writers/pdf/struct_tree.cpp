#include "writers/pdf/struct_tree.hpp"

#include <hpdf_annotation.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <unicode/unistr.h>

namespace plainly::pdf {

void* pdf_text_string(HPDF_MMgr mmgr, const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) return HPDF_String_New(mmgr, utf8.c_str(), nullptr);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  std::vector<HPDF_BYTE> bytes = {0xFE, 0xFF};
  for (int32_t i = 0; i < u.length(); ++i) {
    bytes.push_back(static_cast<HPDF_BYTE>(u.charAt(i) >> 8));
    bytes.push_back(static_cast<HPDF_BYTE>(u.charAt(i) & 0xFF));
  }
  return HPDF_Binary_New(mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

StructTree::StructTree() {
  Elem doc;
  doc.type = "Document";
  doc.attached = true;
  elems_.push_back(doc);
}

int StructTree::add(int parent, const std::string& type, const std::string& alt) {
  Elem e;
  e.type = type;
  e.alt = alt;
  e.parent = parent;
  elems_.push_back(e);
  return static_cast<int>(elems_.size()) - 1;
}

void StructTree::attach(int elem) {
  if (elems_[elem].attached) return;
  int parent = elems_[elem].parent;
  attach(parent);
  elems_[elem].attached = true;
  elems_[parent].kids.push_back({Kid::Elem, elem, -1});
}

int StructTree::mark(int elem, int page) {
  attach(elem);
  if (page_owners_.size() <= static_cast<size_t>(page)) page_owners_.resize(page + 1);
  int mcid = static_cast<int>(page_owners_[page].size());
  page_owners_[page].push_back(elem);
  elems_[elem].kids.push_back({Kid::Mcid, mcid, page});
  return mcid;
}

void StructTree::add_annotation(int elem, int page, HPDF_Annotation annot) {
  attach(elem);
  elems_[elem].kids.push_back({Kid::Annot, static_cast<int>(annots_.size()), page});
  annots_.push_back({elem, page, annot});
}

void StructTree::write(HPDF_Doc pdf, const std::vector<HPDF_Page>& pages) const {
  HPDF_MMgr mmgr = pdf->mmgr;
  HPDF_Xref xref = pdf->xref;

  HPDF_Dict root = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(xref, root);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");

  // Every element is an indirect object, so kids and the parent tree can refer to it.
  std::vector<HPDF_Dict> dicts(elems_.size(), nullptr);
  for (size_t i = 0; i < elems_.size(); ++i) {
    if (!elems_[i].attached) continue;
    dicts[i] = HPDF_Dict_New(mmgr);
    HPDF_Xref_Add(xref, dicts[i]);
    HPDF_Dict_AddName(dicts[i], "Type", "StructElem");
    HPDF_Dict_AddName(dicts[i], "S", elems_[i].type.c_str());
    if (!elems_[i].alt.empty()) HPDF_Dict_Add(dicts[i], "Alt", pdf_text_string(mmgr, elems_[i].alt));
  }
  for (size_t i = 0; i < elems_.size(); ++i) {
    if (!dicts[i]) continue;
    HPDF_Dict_Add(dicts[i], "P", i == 0 ? root : dicts[elems_[i].parent]);
    HPDF_Array kids = HPDF_Array_New(mmgr);
    for (const Kid& k : elems_[i].kids) {
      if (k.kind == Kid::Elem) {
        HPDF_Array_Add(kids, dicts[k.index]);
        continue;
      }
      HPDF_Dict ref = HPDF_Dict_New(mmgr);
      if (k.kind == Kid::Mcid) {
        HPDF_Dict_AddName(ref, "Type", "MCR");
        HPDF_Dict_Add(ref, "Pg", pages[k.page]);
        HPDF_Dict_AddNumber(ref, "MCID", k.index);
      } else {
        HPDF_Dict_AddName(ref, "Type", "OBJR");
        HPDF_Dict_Add(ref, "Pg", pages[annots_[k.index].page]);
        HPDF_Dict_Add(ref, "Obj", annots_[k.index].annot);
      }
      HPDF_Array_Add(kids, ref);
    }
    HPDF_Dict_Add(dicts[i], "K", kids);
  }
  HPDF_Dict_Add(root, "K", dicts[0]);

  // ParentTree: page i (key i) -> array of elements by MCID; annotation j -> its element.
  HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(xref, parent_tree);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  for (size_t p = 0; p < pages.size(); ++p) {
    HPDF_Dict_AddNumber(pages[p], "StructParents", static_cast<HPDF_INT32>(p));
    HPDF_Array owners = HPDF_Array_New(mmgr);
    if (p < page_owners_.size())
      for (int elem : page_owners_[p]) HPDF_Array_Add(owners, dicts[elem]);
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
    HPDF_Array_Add(nums, owners);
  }
  for (size_t j = 0; j < annots_.size(); ++j) {
    HPDF_INT32 key = static_cast<HPDF_INT32>(pages.size() + j);
    HPDF_Dict_AddNumber(annots_[j].annot, "StructParent", key);
    HPDF_Array_AddNumber(nums, key);
    HPDF_Array_Add(nums, dicts[annots_[j].elem]);
  }
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(pages.size() + annots_.size()));

  HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
}

void StructTree::dump_elem(int elem, int depth, std::string& out) const {
  out += std::string(depth * 2, ' ') + elems_[elem].type + "\n";
  for (const Kid& k : elems_[elem].kids)
    if (k.kind == Kid::Elem) dump_elem(k.index, depth + 1, out);
}

std::string StructTree::dump() const {
  std::string out;
  dump_elem(kDocument, 0, out);
  return out;
}

}  // namespace plainly::pdf
