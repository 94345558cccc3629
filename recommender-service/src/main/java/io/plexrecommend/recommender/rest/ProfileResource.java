package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.profile.ProfileService;
import io.plexrecommend.recommender.profile.ProfileService.ProfileSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The household's profiles. */
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    public List<ProfileSummary> list() {
        return profiles.list();
    }

    /** Creates the profile; 204 whether it is new or existed already. */
    @PUT
    @Path("/{profile}")
    public Response create(@PathParam("profile") String profile) {
        profiles.create(profile);
        return Response.noContent().build();
    }
}
