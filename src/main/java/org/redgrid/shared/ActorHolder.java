package org.redgrid.shared;

/** Implemented by the authenticated principal so that modules can read the actor without knowing identity. */
public interface ActorHolder {

    Actor actor();
}
