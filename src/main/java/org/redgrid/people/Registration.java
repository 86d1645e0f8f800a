package org.redgrid.people;

/**
 * What registering a person did: registered them ({@code person}), or, when their ID number is
 * already registered outside the registrar's scope, filed a move-in request ({@code moveIn}).
 */
public record Registration(PersonView person, MoveInView moveIn) {

    public static Registration registered(PersonView person) {
        return new Registration(person, null);
    }

    public static Registration moveInFiled(MoveInView moveIn) {
        return new Registration(null, moveIn);
    }

    public boolean filedMoveIn() {
        return moveIn != null;
    }
}
