/**
 * The demo district 松江区 (Songjiang, Shanghai): real codes and names, generated polygons, loaded with the
 * {@code demo} profile through the same import API a district uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district")
package org.onegrid.demo;
