package org.copydesk.ui.review;

import org.copydesk.domain.Finding;
import org.copydesk.service.ReviewService;

/** Where the review panel sends the proofreader: the place of a finding in the editor and the preview. */
public interface Places {

    /** Shows the finding's place in the editor and the preview. */
    void reveal(Finding f);

    /** Applies a body finding's suggestion in the body editor; false when the text moved. */
    boolean fixInBody(Finding f);

    /** Downloads an image the body shows from another site into the article, and points the body at it. */
    void saveRemoteImage(String src);

    /** Takes an image the body shows from another site out of the body. */
    void removeImage(String src);

    /** Shows a comparison in the preview (null: the draft again). */
    void compare(ReviewService.Comparison c);
}
