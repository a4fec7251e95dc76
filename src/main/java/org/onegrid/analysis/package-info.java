/**
 * Analysis (分析研判): early warnings of hot spots, surges and recurring problems, worked out by a sweep from the
 * module's own facts about reported and closed cases, which it keeps from the cases module's events. A warning
 * lists its cases, is shown only to readers who see all of them, and can be turned into supervision (督办) of its
 * open cases through the cases module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analysis")
package org.onegrid.analysis;
