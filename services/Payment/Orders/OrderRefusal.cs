namespace AccountingPlatform.Payment.Orders;

/// <summary>Why no QR code is given for an enrollment (<see cref="OrderPlan.Refused"/>); each is answered with its own error code.</summary>
public enum OrderRefusal
{
    /// <summary><c>PAYMENT_CHANNEL_NOT_OFFERED</c>: this deployment has no merchant account on the channel.</summary>
    ChannelNotOffered,
    /// <summary><c>PAYMENT_ENROLLMENT_NOT_FOUND</c>: not an enrollment of this candidate that Payment knows.</summary>
    EnrollmentNotFound,
    /// <summary><c>PAYMENT_ALREADY_PAID</c>.</summary>
    AlreadyPaid,
    /// <summary><c>PAYMENT_ENROLLMENT_NOT_PAYABLE</c>: cancelled, expired or withdrawn.</summary>
    NotPayable,
    /// <summary><c>PAYMENT_WINDOW_CLOSED</c>: past the payment deadline.</summary>
    WindowClosed,
}
