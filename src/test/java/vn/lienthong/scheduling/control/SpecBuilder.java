package vn.lienthong.scheduling.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds invitations for tests the way the booking form fills them in. */
final class SpecBuilder {

    private final List<String> units = new ArrayList<>();
    private final List<String> childrenOf = new ArrayList<>();
    private final List<TierSelector> allUnder = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();

    private SpecBuilder() {
    }

    static SpecBuilder spec() {
        return new SpecBuilder();
    }

    SpecBuilder units(String... codes) {
        units.addAll(List.of(codes));
        return this;
    }

    SpecBuilder childrenOf(String... codes) {
        childrenOf.addAll(List.of(codes));
        return this;
    }

    SpecBuilder allUnder(String code, int level) {
        allUnder.add(new TierSelector(code, level));
        return this;
    }

    SpecBuilder allUnder(Collection<String> codes, int level) {
        codes.forEach(code -> allUnder(code, level));
        return this;
    }

    SpecBuilder exclude(String... codes) {
        exclude.addAll(List.of(codes));
        return this;
    }

    InviteSpec build() {
        return new InviteSpec(units, childrenOf, allUnder, exclude);
    }
}
