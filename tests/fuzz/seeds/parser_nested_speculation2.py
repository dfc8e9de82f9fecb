x2({2,{'a': 1, awaexcept* it (x2,{2,{'a': 1,X(3,{'a': 1,'1ea': 1,+456+457+458+plt(xprknn(8{*zrinn2{*zrinnprinn(8{*z2r*iinn2{*zrinnprinn(3{rinn22@{2{*l{{oi_22{2(8{*z2oi_22{2{*한n{nrin[22@{2{*ls{*llzn{nrinn:= 1,
p:T(x
