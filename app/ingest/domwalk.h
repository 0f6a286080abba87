#pragma once

#include <libxml/tree.h>

#include <utility>

namespace chipline::ingest {

// Pre-order walk over root's subtree that follows parent links instead of recursing, so
// that a page nested 100,000 levels deep costs no stack. enter(node) returns false to skip
// a node's children; leave(node) runs after an element's children (or at once for a
// skipped or childless element). root itself is neither entered nor left.
template <typename Enter, typename Leave> void walkDom(const xmlNode *root, Enter &&enter, Leave &&leave)
{
    if (!root)
        return;
    const xmlNode *node = root->children;
    while (node) {
        const bool descend = enter(node) && node->children && node->type == XML_ELEMENT_NODE;
        if (descend) {
            node = node->children;
            continue;
        }
        if (node->type == XML_ELEMENT_NODE)
            leave(node);
        while (node != root && !node->next) {
            node = node->parent;
            if (node != root && node->type == XML_ELEMENT_NODE)
                leave(node);
        }
        node = node == root ? nullptr : node->next;
    }
}

template <typename Enter> void walkDom(const xmlNode *root, Enter &&enter)
{
    walkDom(root, std::forward<Enter>(enter), [](const xmlNode *) {});
}

} // namespace chipline::ingest
