// Takes the hue labels (Hue0..Hue11) off every account, before palette-apply colours the members of the snapshot
// being shown. Both run in one transaction, so the Browser never sees a half-coloured graph.
MATCH (a:Account)
WHERE a:Hue0|Hue1|Hue2|Hue3|Hue4|Hue5|Hue6|Hue7|Hue8|Hue9|Hue10|Hue11
REMOVE a:Hue0:Hue1:Hue2:Hue3:Hue4:Hue5:Hue6:Hue7:Hue8:Hue9:Hue10:Hue11
RETURN count(a) AS cleared
