#pragma once

#include "actionpipeline.h"
#include "pages.h"

namespace opsdash {

class Session;

/// The backend's guarded actions (seed 002's and the cache invalidation), each described once: what it does, to
/// which instance, and which figures it records — some at once (heap before and after a GC), some over the minute
/// before and the `afterWindowMs` after (p95 and the hit rate around an invalidation).
namespace backendactions {

QString name(ActionRequest::Kind kind);
GuardedAction make(Session *session, const ActionRequest &request, int afterWindowMs);

} // namespace backendactions

} // namespace opsdash
