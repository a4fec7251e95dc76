package org.onegrid.grid.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.onegrid.geo.GeoShapes;
import org.onegrid.grid.GridMember;

/**
 * One layer's grid members ready for lookup by point: the member a report lies on is the nearest one within its
 * reach (an area's reach starts at its edge), and of equally near members the one given first.
 */
public final class MemberIndex {

	private static final double WIDEST_REACH_METRES = 500;

	private final List<GridMember> members;

	private final STRtree tree = new STRtree();

	private MemberIndex(List<GridMember> members) {
		this.members = members;
		for (int i = 0; i < members.size(); i++) {
			tree.insert(members.get(i).shape().getEnvelopeInternal(), i);
		}
		tree.build();
	}

	public static MemberIndex build(List<GridMember> members) {
		return new MemberIndex(List.copyOf(members));
	}

	/** The member that the WGS-84 point lies on, if any. */
	public Optional<GridMember> at(double lon, double lat) {
		if (members.isEmpty()) {
			return Optional.empty();
		}
		double[] widen = GeoShapes.degrees(WIDEST_REACH_METRES, lat);
		Envelope box = new Envelope(lon - widen[0], lon + widen[0], lat - widen[1], lat + widen[1]);
		@SuppressWarnings("unchecked")
		List<Integer> candidates = tree.query(box);
		record Near(int position, double metres) {
		}
		return candidates.stream()
			.map(i -> new Near(i, GeoShapes.metres(members.get(i).shape(), lon, lat)))
			.filter(near -> near.metres() <= members.get(near.position()).reachMetres())
			.min(Comparator.comparingDouble(Near::metres).thenComparingInt(Near::position))
			.map(near -> members.get(near.position()));
	}
}
